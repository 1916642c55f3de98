import QtQuick

// A touch button: at least Theme.touch square, a press state within a frame of the touch, an
// optional icon and label. No hover, no focus frame: visitors only touch.
Rectangle {
    id: button

    property string label: ""
    // What a screen reader says after the name; the name itself when nothing more is needed.
    property string description: label
    property string icon: ""
    property color tint: Theme.surface
    property color foreground: Theme.text
    property int iconSize: Theme.px(40)
    property string fontFamily: Theme.fontFamily
    property int fontSize: Theme.body
    readonly property bool pressed: tap.pressed

    signal clicked

    implicitHeight: Theme.touch
    implicitWidth: Math.max(Theme.touch, row.implicitWidth + Theme.px(48))
    radius: height / 2
    color: tap.pressed ? Qt.lighter(tint, 1.35) : tint
    border.color: Theme.outline
    border.width: Theme.highContrast ? 2 : 0
    scale: tap.pressed ? 0.96 : 1.0
    Behavior on scale { NumberAnimation { duration: 80 } }

    Accessible.role: Accessible.Button
    Accessible.name: label
    Accessible.description: description

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.px(14)

        Icon {
            name: button.icon
            visible: button.icon !== ""
            width: button.iconSize
            height: button.iconSize
            color: button.foreground
            anchors.verticalCenter: parent.verticalCenter
        }
        Text {
            text: button.label
            visible: button.label !== ""
            color: button.foreground
            font.family: button.fontFamily
            font.pixelSize: button.fontSize
            font.bold: true
            anchors.verticalCenter: parent.verticalCenter
        }
    }

    TapHandler {
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: button.clicked()
    }
}
