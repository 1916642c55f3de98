import QtQuick

// A video's scrub bar: a thin track in a fingertip-tall touch area, gold up to the position, and a
// knob. Touch or drag anywhere along it to seek; while the finger is down the knob follows it and
// the video seeks once, on release, so that a slow decoder is not asked for every pixel.
Item {
    id: scrub

    property int position: 0
    property int duration: 0
    readonly property bool dragging: drag.active || tap.pressed
    property real fingerFraction: 0
    // What the time and knob show: the finger's place while touched, else the player's.
    readonly property int shownPosition: dragging ? Math.round(fingerFraction * duration) : position
    readonly property real fraction: duration > 0 ? Math.max(0, Math.min(1, shownPosition / duration)) : 0

    signal seekRequested(int ms)

    function fractionAt(x: real): real {
        return Math.max(0, Math.min(1, x / Math.max(1, width)));
    }

    implicitHeight: Math.max(Theme.px(72), Theme.touch)
    height: implicitHeight
    enabled: duration > 0

    Accessible.role: Accessible.Slider
    Accessible.name: qsTr("Position in the video")

    Rectangle {
        id: track
        anchors.verticalCenter: parent.verticalCenter
        width: parent.width
        height: Theme.px(10)
        radius: height / 2
        color: Theme.surface
        border.color: Theme.outline
        border.width: Theme.highContrast ? 2 : 0

        Rectangle {
            width: parent.width * scrub.fraction
            height: parent.height
            radius: parent.radius
            color: Theme.gold
        }
    }
    Rectangle {
        objectName: "videoScrubKnob"
        x: scrub.fraction * scrub.width - width / 2
        anchors.verticalCenter: parent.verticalCenter
        width: scrub.dragging ? Theme.px(44) : Theme.px(32)
        height: width
        radius: width / 2
        color: Theme.gold
        border.color: Theme.navy
        border.width: Theme.px(4)
    }

    TapHandler {
        id: tap
        gesturePolicy: TapHandler.WithinBounds
        onPressedChanged: {
            if (pressed)
                scrub.fingerFraction = scrub.fractionAt(point.position.x);
        }
        onTapped: (eventPoint, button) => scrub.seekRequested(Math.round(scrub.fractionAt(eventPoint.position.x) * scrub.duration))
    }
    DragHandler {
        id: drag
        target: null
        yAxis.enabled: false
        onCentroidChanged: if (active) scrub.fingerFraction = scrub.fractionAt(centroid.position.x)
        // The release may arrive with the activation (see PdfView): the final place is read here.
        onActiveChanged: {
            if (active)
                return;
            scrub.fingerFraction = scrub.fractionAt(centroid.position.x);
            scrub.seekRequested(Math.round(scrub.fingerFraction * scrub.duration));
        }
    }
}
