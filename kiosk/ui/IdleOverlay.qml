import QtQuick

// "Still there?": shown when nobody has touched the screen for a while, with the seconds left.
// A touch anywhere dismisses it (the window's event filter restarts the clock); it also eats
// that touch, so the visitor does not press whatever lies underneath by accident.
Rectangle {
    id: overlay

    required property var idle

    objectName: "idleOverlay"
    visible: idle.warning
    color: Qt.rgba(0.04, 0.12, 0.24, 0.88)

    MouseArea {
        anchors.fill: parent
    }

    Column {
        anchors.centerIn: parent
        spacing: Theme.px(28)

        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: qsTr("Still there?")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.heading
            font.bold: true
        }
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: qsTr("Touch the screen to carry on")
            color: Theme.textSoft
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
        }
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: Theme.px(160)
            height: width
            radius: width / 2
            color: "transparent"
            border.color: Theme.gold
            border.width: Theme.px(6)
            Text {
                objectName: "idleSeconds"
                anchors.centerIn: parent
                text: overlay.idle.remaining
                color: Theme.gold
                font.family: Theme.fontFamily
                font.pixelSize: Theme.heading
                font.bold: true
            }
        }
    }
}
