import QtQuick

// "Still there?": shown when nobody has touched the screen for a while, with the seconds left.
// A touch anywhere dismisses it: the application's event filter (idle.py) restarts the clock and
// eats that touch, so the visitor does not press whatever lies underneath by accident.
Rectangle {
    id: overlay

    required property IdleMonitor idle

    objectName: "idleOverlay"
    visible: idle.warning
    color: Qt.rgba(0.04, 0.12, 0.24, 0.88)

    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: Theme.px(28)

        KioskText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Still there?")
            font.pixelSize: Theme.heading
            font.bold: true
        }
        KioskText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Touch the screen to carry on")
            color: Theme.textSoft
            font.pixelSize: Theme.body
        }
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            // Room for the seconds at the accessibility mode's size too.
            width: Math.max(Theme.px(160), seconds.implicitWidth + Theme.px(48))
            height: width
            radius: width / 2
            color: "transparent"
            border.color: Theme.gold
            border.width: Theme.px(6)
            KioskText {
                id: seconds
                objectName: "idleSeconds"
                anchors.centerIn: parent
                text: Theme.number(overlay.idle.remaining)
                color: Theme.gold
                font.pixelSize: Theme.heading
                font.bold: true
                wrapMode: Text.NoWrap
            }
        }
    }
}
