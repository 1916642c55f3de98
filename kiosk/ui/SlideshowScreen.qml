pragma ComponentBehavior: Bound
import QtQuick

// The fullscreen photo slideshow. Two photo layers take turns: the one behind always holds the
// next photo, decoded in advance, and a change only fades once the incoming photo is decoded, so
// no blank or black frame is ever shown. Tap the edges to move, the middle to pause or resume,
// swipe sideways; the controls fade after a few seconds and come back on any touch.
Item {
    id: show

    required property ExhibitionViewModel content
    required property Navigator navigator
    required property Slideshow slideshow
    required property Preferences preferences

    readonly property var slides: content.slides
    readonly property int count: slides.length
    // The photo on screen (it lags `slideshow.index` while the next photo decodes).
    property int shown: -1
    property bool frontIsA: true
    readonly property SlideLayer front: frontIsA ? layerA : layerB
    readonly property SlideLayer back: frontIsA ? layerB : layerA
    property bool controlsVisible: true
    readonly property size decodeSize: Qt.size(width, height)
    // Beside the photo's middle in landscape; in portrait, where a landscape photo is a band across
    // the middle, over the top of the caption's scrim instead, clear of the photo.
    readonly property real arrowsY: Theme.portrait ? scrim.y - Theme.px(112) / 2 : (height - Theme.px(112)) / 2
    readonly property bool settled: front.settled && (shown === slideshow.index || count === 0)

    // A photo layer that knows which slide it holds; the two layers differ only in that.
    component SlideLayer: PhotoView {
        id: layer
        property int index: -1
        anchors.fill: parent
        opacity: 0
        source: show.slide(index) ? show.slide(index).source : ""
        caption: show.slide(index) ? show.slide(index).alt : ""
        decodeSize: show.decodeSize
        // Pan and zoom from the moment the photo starts to fade in, not from when the fade ends.
        kenBurns: show.content.transition === "kenburns" && Theme.motion >= 1
                  && (show.front === layer || index === show.slideshow.index)
        kenBurnsDuration: show.slideshow.interval + Theme.crossfade
        onSettledChanged: if (settled) Qt.callLater(show.present)
    }

    function slide(i: int): PhotoData {
        return i >= 0 && i < count ? slides[i] : null;
    }

    // Bring the wanted photo forward once it is decoded; until then the current one stays.
    function present(): void {
        const wanted = slideshow.index;
        if (count === 0 || wanted === shown || fade.running)
            return;
        if (back.index !== wanted)
            back.index = wanted;
        if (!back.settled)
            return;                       // back.onSettledChanged calls present() again
        back.z = 1;
        front.z = 0;
        if (content.transition === "none") {
            back.opacity = 1;
            swap();
        } else {
            fade.target = back;
            fade.start();
        }
    }

    function swap(): void {
        front.opacity = 0;
        frontIsA = !frontIsA;
        shown = front.index;
        slideshow.markShown(shown);
        back.index = (shown + 1) % count;  // decode the next photo while this one is on screen
        present();                         // the visitor may have moved on meanwhile
    }

    function touched(): void {
        controlsVisible = true;
        if (Theme.motion > 0)
            controlsTimer.restart();
    }

    Component.onCompleted: {
        layerA.index = slideshow.index;
        slideshow.start(slideshow.index);
        // Not in a still capture (kiosk preview, motion 0): every slide shows its controls as a
        // visitor first sees them, however long the capture takes.
        if (Theme.motion > 0)
            controlsTimer.start();
    }
    Component.onDestruction: slideshow.stop()

    Connections {
        target: show.slideshow
        function onIndexChanged(): void { show.present(); }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.navy
    }

    // The layers live in their own item, so that raising one never covers the caption or controls.
    Item {
        anchors.fill: parent

        SlideLayer {
            id: layerA
            objectName: "slideLayerA"
        }
        SlideLayer {
            id: layerB
            objectName: "slideLayerB"
        }
    }
    NumberAnimation {
        id: fade
        property: "opacity"
        from: 0
        to: 1
        duration: Theme.crossfade
        easing.type: Easing.InOutQuad
        onFinished: show.swap()
    }

    // Touch: edges move, the middle pauses; a swipe moves too. Every touch shows the controls.
    TapHandler {
        objectName: "slideTap"
        onTapped: (eventPoint) => {
            show.touched();
            // The edge the reading goes towards moves on: the right in English, the left in Arabic.
            const x = eventPoint.position.x;
            const forward = show.LayoutMirroring.enabled ? x < show.width * 0.25 : x > show.width * 0.75;
            const backward = show.LayoutMirroring.enabled ? x > show.width * 0.75 : x < show.width * 0.25;
            if (forward)
                show.slideshow.next();
            else if (backward)
                show.slideshow.previous();
            else
                show.slideshow.toggle();
        }
    }
    DragHandler {
        id: swipe
        target: null
        xAxis.enabled: true
        yAxis.enabled: false
        onActiveChanged: {
            show.touched();
            if (active)
                return;
            // Swiping against the reading direction brings the next photo, as turning a page.
            const dx = (centroid.position.x - centroid.pressPosition.x) * (show.LayoutMirroring.enabled ? -1 : 1);
            if (dx < -Theme.px(80))
                show.slideshow.next();
            else if (dx > Theme.px(80))
                show.slideshow.previous();
        }
    }

    Timer {
        id: controlsTimer
        objectName: "controlsTimer"
        interval: Theme.controlsTimeout
        onTriggered: show.controlsVisible = false
    }

    // Caption and credit on a scrim that keeps white text legible over any photo.
    Rectangle {
        id: scrim
        anchors.bottom: parent.bottom
        width: parent.width
        // Whole pixels, so that the take-away code on it is drawn on whole pixels.
        height: Math.ceil((takeAway.beside ? Math.max(captionColumn.height, takeAway.visible ? takeAway.height : 0)
                                           : captionColumn.height + (takeAway.visible ? takeAway.height + Theme.px(32) : 0))
                          + Theme.px(150))
        // At least 75 % black under the text; solid in high contrast, where no photo shows behind text.
        gradient: Gradient {
            GradientStop { position: 0.0; color: Theme.highContrast ? "#000000" : "transparent" }
            GradientStop { position: 0.45; color: Qt.rgba(0, 0, 0, Theme.highContrast ? 1 : 0.75) }
            GradientStop { position: 1.0; color: Qt.rgba(0, 0, 0, Theme.highContrast ? 1 : 0.85) }
        }
        Column {
            id: captionColumn
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin + (takeAway.visible && takeAway.beside ? takeAway.width + Theme.gutter : 0)
            anchors.bottomMargin: Theme.px(48)
            spacing: Theme.px(10)
            // A readable measure, held to the reading side (right in Arabic).
            Item {
                width: parent.width
                height: caption.height
                KioskText {
                    id: caption
                    objectName: "slideCaption"
                    anchors.left: parent.left
                    width: Math.min(parent.width, Theme.px(1400))
                    text: show.slide(show.shown) ? show.slide(show.shown).caption : ""
                    font.pixelSize: Theme.body
                    leading: 1.3
                    lines: show.content.lines["photo.caption"]
                    smallest: Math.round(Theme.meta * 0.9)
                }
            }
            Row {
                anchors.left: parent.left
                spacing: Theme.px(24)
                KioskText {
                    id: position
                    objectName: "slidePosition"
                    text: show.count ? Theme.number(show.shown + 1) + "\u00a0/\u00a0" + Theme.number(show.count) : ""
                    color: Theme.gold
                    font.pixelSize: Theme.meta
                    font.bold: true
                }
                KioskText {
                    // Within the caption's width: a long credit never runs under the take-away card.
                    width: Math.min(implicitWidth, captionColumn.width - position.width - Theme.px(24))
                    text: show.slide(show.shown) ? show.slide(show.shown).credit : ""
                    color: Theme.textSoft
                    font.pixelSize: Theme.meta
                    lines: show.content.lines["photo.credit"]
                    smallest: Math.round(Theme.meta * 0.8)
                }
            }
        }
        // The photo's take-away link: beside the caption at its far end, or above it in portrait,
        // where the caption needs the whole width. Whole pixels keep the code sharp.
        TakeAway {
            id: takeAway
            objectName: "slideTakeAway"
            readonly property bool beside: !Theme.portrait
            x: beside !== scrim.LayoutMirroring.enabled ? parent.width - Theme.margin - width : Theme.margin
            y: Math.round(beside ? parent.height - Theme.px(48) - height : captionColumn.y - Theme.px(32) - height)
            width: Math.min(implicitWidth, beside ? Math.round(parent.width * 0.42) : parent.width - 2 * Theme.margin)
            link: show.slide(show.shown) ? show.slide(show.shown).link : null
        }
    }

    // The paused state stays visible while paused, controls or not.
    Rectangle {
        objectName: "pausedBadge"
        visible: !show.slideshow.playing
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.bottom: scrim.top
        anchors.bottomMargin: -Theme.px(24)
        width: pausedRow.implicitWidth + Theme.px(48)
        height: Theme.px(64)
        radius: height / 2
        color: Qt.rgba(0, 0, 0, 0.7)
        border.color: Theme.gold
        border.width: 2
        Row {
            id: pausedRow
            anchors.centerIn: parent
            spacing: Theme.px(12)
            Icon { name: "pause"; width: Theme.px(28); height: width; color: Theme.gold; anchors.verticalCenter: parent.verticalCenter }
            Text {
                text: qsTr("Paused")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.meta
                font.bold: true
                anchors.verticalCenter: parent.verticalCenter
            }
        }
    }

    // Controls: close and home at the top, previous / play-pause / next. They fade out.
    Item {
        id: controls
        anchors.fill: parent
        opacity: show.controlsVisible ? 1 : 0
        visible: opacity > 0
        Behavior on opacity { NumberAnimation { duration: Theme.navDuration } }

        Rectangle {
            width: parent.width
            height: Theme.touch + Theme.px(120)
            gradient: Gradient {
                GradientStop { position: 0.0; color: Qt.rgba(0, 0, 0, 0.6) }
                GradientStop { position: 1.0; color: "transparent" }
            }
        }
        Row {
            anchors.left: parent.left
            anchors.leftMargin: Theme.margin
            y: Theme.px(24)
            spacing: Theme.px(16)
            KioskButton {
                objectName: "slideshowClose"
                icon: "close"
                label: Theme.compact ? "" : qsTr("Close")
                Accessible.name: qsTr("Close")
                tint: Qt.rgba(0, 0, 0, 0.55)
                onClicked: show.navigator.back()
            }
            KioskButton {
                objectName: "homeButton"
                icon: "home"
                label: Theme.compact ? "" : qsTr("Home")
                Accessible.name: qsTr("Home")
                tint: Qt.rgba(0, 0, 0, 0.55)
                onClicked: show.navigator.home()
            }
            KioskButton {
                objectName: "slidePlayPause"
                icon: show.slideshow.playing ? "pause" : "play"
                label: Theme.compact ? "" : (show.slideshow.playing ? qsTr("Pause") : qsTr("Play"))
                Accessible.name: show.slideshow.playing ? qsTr("Pause") : qsTr("Play")
                tint: Qt.rgba(0, 0, 0, 0.55)
                onClicked: { show.touched(); show.slideshow.toggle(); }
            }
        }
        KioskButton {
            objectName: "slidePrevious"
            anchors.left: parent.left
            anchors.leftMargin: Theme.px(32)
            y: show.arrowsY
            width: Theme.px(112)
            height: width
            icon: "back"
            iconSize: Theme.px(48)
            tint: Qt.rgba(0, 0, 0, 0.55)
            Accessible.name: qsTr("Previous photo")
            onClicked: { show.touched(); show.slideshow.previous(); }
        }
        KioskButton {
            objectName: "slideNext"
            anchors.right: parent.right
            anchors.rightMargin: Theme.px(32)
            y: show.arrowsY
            width: Theme.px(112)
            height: width
            icon: "next"
            iconSize: Theme.px(48)
            tint: Qt.rgba(0, 0, 0, 0.55)
            Accessible.name: qsTr("Next photo")
            onClicked: { show.touched(); show.slideshow.next(); }
        }
        CornerControls {
            anchors.right: parent.right
            anchors.rightMargin: Theme.margin
            y: Theme.px(24)
            preferences: show.preferences
            tint: Qt.rgba(0, 0, 0, 0.55)
        }
    }
}
