pragma ComponentBehavior: Bound
import QtQuick

// The centenary home: the theme, the key facts, the quote, a slowly changing photo, and three
// large tiles to the panels, the slideshow and the timeline. In portrait the blocks stack.
Item {
    id: home

    required property var content
    required property var navigator
    required property var slideshow

    readonly property bool portrait: Theme.portrait
    property int photoIndex: 0

    function count(n: int, one: string, many: string): string {
        return n + " " + (n === 1 ? one : many);
    }

    Timer {
        id: photoTimer
        objectName: "homePhotoTimer"
        interval: 7000
        repeat: true
        running: home.content.slides.length > 1
        onTriggered: home.photoIndex = (home.photoIndex + 1) % home.content.slides.length
    }

    // The photo: the right third in landscape, a band under the title in portrait.
    PhotoView {
        id: feature
        objectName: "homePhoto"
        x: home.portrait ? 0 : home.width * 2 / 3
        y: 0
        width: home.portrait ? home.width : home.width / 3
        height: home.portrait ? home.height * 0.26 : home.height
        backdrop: true
        source: home.content.slides.length ? home.content.slides[home.photoIndex].source : ""
        caption: home.content.slides.length ? home.content.slides[home.photoIndex].alt : ""
        Behavior on source {
            SequentialAnimation {
                NumberAnimation { target: feature; property: "opacity"; to: 0.0; duration: Theme.crossfade / 2 }
                PropertyAction { }
                NumberAnimation { target: feature; property: "opacity"; to: 1.0; duration: Theme.crossfade / 2 }
            }
        }
    }
    // A soft edge between the photo and the text in landscape.
    Rectangle {
        visible: !home.portrait
        x: feature.x
        width: Theme.px(160)
        height: home.height
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0.0; color: Theme.navy }
            GradientStop { position: 1.0; color: "transparent" }
        }
    }

    Column {
        id: theme
        x: Theme.margin
        y: home.portrait ? feature.height + Theme.px(48) : Theme.px(56)
        width: (home.portrait ? home.width : home.width * 2 / 3) - 2 * Theme.margin
        spacing: Theme.px(20)

        Row {
            spacing: Theme.px(20)
            Rectangle {
                width: Theme.px(56)
                height: Theme.px(6)
                color: Theme.gold
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                objectName: "homeYears"
                text: home.content.years
                color: Theme.gold
                font.family: Theme.fontFamily
                font.pixelSize: Theme.overline
                font.bold: true
                font.letterSpacing: Theme.px(4)
            }
        }
        Text {
            objectName: "homeTitle"
            width: parent.width
            text: home.content.title
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.display
            font.bold: true
            font.letterSpacing: -Theme.px(2)
            wrapMode: Text.WordWrap
            lineHeight: 0.95
        }
        Text {
            width: parent.width
            text: home.content.subtitle
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.subheading
            wrapMode: Text.WordWrap
        }
        Text {
            width: parent.width
            text: home.content.eventLine + (home.content.placeAndDate !== "" ? " · " + home.content.placeAndDate : "")
            color: Theme.textSoft
            font.family: Theme.fontFamily
            font.pixelSize: Theme.px(30)
            lineHeight: 1.2
            wrapMode: Text.WordWrap
        }
        // The quote, set apart by a gold rule.
        Item {
            width: parent.width
            height: quote.implicitHeight + Theme.px(24)
            visible: home.content.quote.text !== ""
            Rectangle {
                y: Theme.px(24)
                width: Theme.px(6)
                height: quote.implicitHeight
                color: Theme.gold
            }
            Column {
                id: quote
                x: Theme.px(32)
                y: Theme.px(24)
                width: parent.width - x
                spacing: Theme.px(10)
                Text {
                    width: parent.width
                    text: "“" + home.content.quote.text + "”"
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.px(30)
                    font.italic: true
                    lineHeight: 1.25
                    wrapMode: Text.WordWrap
                }
                Text {
                    width: parent.width
                    text: home.content.quote.speaker
                          + (home.content.quote.role !== "" ? ", " + home.content.quote.role : "")
                    color: Theme.textSoft
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.meta
                    wrapMode: Text.WordWrap
                }
            }
        }
    }

    // Key facts as large numerals, then the three tiles, anchored to the bottom.
    Column {
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.px(56)
        width: theme.width
        spacing: Theme.px(32)

        Row {
            id: facts
            width: parent.width
            spacing: Theme.gutter
            readonly property real cellWidth: (width - spacing * Math.max(0, count.count - 1)) / Math.max(1, count.count)
            Repeater {
                id: count
                model: home.content.facts
                delegate: Column {
                    required property var modelData
                    width: facts.cellWidth
                    Text {
                        width: parent.width
                        text: parent.modelData.value
                        color: Theme.gold
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.px(56)
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Text {
                        width: parent.width
                        text: parent.modelData.label
                        color: Theme.textSoft
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.meta
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }

        Row {
            id: tiles
            spacing: Theme.gutter
            readonly property real tileWidth: (parent.width - 2 * spacing) / 3

            Repeater {
                model: [
                    { key: "panels", icon: "panels", label: qsTr("Panels"),
                      detail: home.count(home.content.panels.length, qsTr("panel"), qsTr("panels")) },
                    { key: "slideshow", icon: "photos", label: qsTr("Photos"),
                      detail: home.count(home.content.slides.length, qsTr("photo"), qsTr("photos")) },
                    { key: "timeline", icon: "timeline", label: qsTr("Timeline"),
                      detail: home.content.years }
                ]
                delegate: Rectangle {
                    id: tile
                    required property var modelData
                    objectName: "homeTile_" + modelData.key
                    width: tiles.tileWidth
                    height: Theme.px(home.portrait ? 200 : 150)
                    radius: Theme.radius
                    color: tileTap.pressed ? Theme.surfacePressed : Theme.surface
                    border.color: Qt.rgba(1, 1, 1, 0.08)
                    border.width: 1
                    scale: tileTap.pressed ? 0.98 : 1.0
                    Behavior on scale { NumberAnimation { duration: 80 } }
                    Accessible.role: Accessible.Button
                    Accessible.name: modelData.label

                    Rectangle {
                        width: parent.width
                        height: Theme.px(6)
                        radius: 2
                        color: Theme.gold
                    }
                    Grid {
                        anchors.left: parent.left
                        anchors.leftMargin: Theme.px(28)
                        anchors.right: parent.right
                        anchors.rightMargin: Theme.px(16)
                        anchors.verticalCenter: parent.verticalCenter
                        columns: home.portrait ? 1 : 2
                        columnSpacing: Theme.px(24)
                        rowSpacing: Theme.px(12)
                        verticalItemAlignment: Grid.AlignVCenter
                        Icon {
                            width: Theme.px(home.portrait ? 52 : 64)
                            height: width
                            name: tile.modelData.icon
                            color: Theme.gold
                        }
                        Column {
                            width: parent.width - (home.portrait ? 0 : Theme.px(64) + parent.columnSpacing)
                            Text {
                                width: parent.width
                                text: tile.modelData.label
                                color: Theme.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.subheading
                                font.bold: true
                                fontSizeMode: Text.HorizontalFit
                                minimumPixelSize: Theme.body
                            }
                            Text {
                                width: parent.width
                                text: tile.modelData.detail
                                color: Theme.textSoft
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.meta
                                elide: Text.ElideRight
                            }
                        }
                    }
                    TapHandler {
                        id: tileTap
                        gesturePolicy: TapHandler.ReleaseWithinBounds
                        onTapped: {
                            if (tile.modelData.key === "slideshow")
                                home.slideshow.start(0);
                            home.navigator.show(tile.modelData.key);
                        }
                    }
                }
            }
        }
    }
}
