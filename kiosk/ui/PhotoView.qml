import QtQuick

// A photo fitted to its box, never stretched or cropped, letterboxed on a darkened, blurred copy
// of itself. The copy is the same file decoded at 48 px wide and scaled up smoothly: a blur that
// costs nothing and needs no shader (shader effects do not draw with the software renderer).
// Decoding is asynchronous, at the box's size, upright by the photo's EXIF orientation (the
// image://photo provider, kiosk/services/photos.py, which also decodes the next photos ahead).
Item {
    id: view

    property string source: ""
    property string caption: ""
    property bool backdrop: true
    property int fillMode: Image.PreserveAspectFit
    property bool kenBurns: false
    property int kenBurnsDuration: 8000
    // The decode size; 0 means the item's own size. The slideshow passes the window's size.
    property size decodeSize: Qt.size(0, 0)

    readonly property bool failed: photo.status === Image.Error
    // Loaded, failed or empty: what `kiosk preview` and the slideshow wait for.
    readonly property bool settled: photo.status !== Image.Loading && (source === "" || photo.status !== Image.Null)
                                    && blur.status !== Image.Loading
    readonly property int decodeWidth: Math.ceil(decodeSize.width > 0 ? decodeSize.width : width)
    readonly property int decodeHeight: Math.ceil(decodeSize.height > 0 ? decodeSize.height : height)

    clip: true

    // The blurred backdrop: the same decoded photo (same file, size and fill: Qt's pixmap cache
    // decodes it once for both), drawn down to 192x108 and then to 32x18 and stretched back smoothly. Layers
    // render with the software renderer too, and two steps average the pixels instead of picking a
    // few sparkling ones.
    Item {
        anchors.fill: parent
        visible: view.backdrop && !view.failed
        layer.enabled: visible
        layer.textureSize: Qt.size(32, 18)
        layer.smooth: true

        Item {
            anchors.fill: parent
            layer.enabled: parent.visible
            layer.textureSize: Qt.size(192, 108)
            layer.smooth: true

            Image {
                id: blur
                // Fitted like the photo (so the decode is shared), but enlarged until it covers.
                readonly property real cover: photo.paintedWidth > 0 && photo.paintedHeight > 0
                    ? Math.max(view.width / photo.paintedWidth, view.height / photo.paintedHeight) : 1
                anchors.centerIn: parent
                width: view.width * cover
                height: view.height * cover
                source: view.backdrop ? photo.source : ""
                // The photo's requested size, not photo.sourceSize: once loaded, that reads back
                // the decoded size, and a different request would decode the photo a second time.
                sourceSize.width: view.decodeWidth
                sourceSize.height: view.decodeHeight
                fillMode: Image.PreserveAspectFit
                asynchronous: true
                autoTransform: true
                smooth: true
            }
        }
    }
    Rectangle {
        anchors.fill: parent
        visible: view.backdrop
        color: Theme.navy
        opacity: 0.72
    }

    Image {
        id: photo
        anchors.fill: parent
        // Nothing is requested before the box has a size, so nothing is ever decoded full-size.
        source: view.decodeWidth > 0 && view.decodeHeight > 0 ? view.source : ""
        sourceSize.width: view.decodeWidth
        sourceSize.height: view.decodeHeight
        fillMode: view.fillMode
        asynchronous: true
        autoTransform: true
        smooth: true
        transformOrigin: Item.Center

        Accessible.role: Accessible.Graphic
        Accessible.name: view.caption

        NumberAnimation on scale {
            running: view.kenBurns && photo.status === Image.Ready
            from: 1.0
            to: 1.08
            duration: view.kenBurnsDuration
            easing.type: Easing.InOutSine
        }
        // The pan is a transform: the image is anchored, so its x is not ours to animate.
        transform: Translate {
            id: pan
            NumberAnimation on x {
                running: view.kenBurns && photo.status === Image.Ready
                from: 0
                to: -view.width * 0.02
                duration: view.kenBurnsDuration
                easing.type: Easing.InOutSine
            }
        }
    }

    // The designed placeholder for a photo that cannot be shown: the show goes on around it.
    Rectangle {
        objectName: "photoPlaceholder"
        anchors.fill: parent
        visible: view.failed
        color: Theme.surface

        Column {
            anchors.centerIn: parent
            width: parent.width * 0.7
            spacing: Theme.px(20)

            Icon {
                anchors.horizontalCenter: parent.horizontalCenter
                name: "photos"
                width: Math.min(Theme.px(120), view.width / 4)
                height: width
                color: Theme.muted
            }
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Photograph unavailable")
                color: Theme.textSoft
                font.family: Theme.fontFamily
                font.pixelSize: Math.min(Theme.subheading, Math.max(Theme.meta, view.width / 16))
                font.bold: true
                wrapMode: Text.WordWrap
            }
        }
    }
}
