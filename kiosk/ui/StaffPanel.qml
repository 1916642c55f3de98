pragma ComponentBehavior: Bound
import QtQuick

// The staff panel, behind a PIN pad, opened by the hidden corner gesture. The PIN is never
// shown (only dots), never comes from the content, and five wrong ones lock the pad a minute.
Rectangle {
    id: panel

    required property var staff
    required property var status

    property bool unlocked: false
    property string entered: ""
    property int cleaningLeft: 0

    signal closed

    function close(): void {
        entered = "";
        unlocked = false;
        closed();
    }

    function press(key: string): void {
        if (staff.lockSeconds > 0)
            return;
        if (key === "clear") {
            entered = "";
        } else if (key === "enter") {
            unlocked = staff.check(entered);
            entered = "";
            wrong.visible = !unlocked && staff.lockSeconds === 0;
        } else if (entered.length < 12) {
            entered += key;
        }
    }

    objectName: "staffPanel"
    color: Theme.navy

    // Eat every touch: nothing underneath is reachable while staff work.
    MouseArea {
        anchors.fill: parent
    }

    Text {
        id: heading
        x: Theme.margin
        y: Theme.px(48)
        text: qsTr("Staff")
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.heading
        font.bold: true
    }
    KioskButton {
        objectName: "staffClose"
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        y: Theme.px(40)
        icon: "close"
        label: qsTr("Close")
        onClicked: panel.close()
    }

    // The PIN pad.
    Column {
        visible: !panel.unlocked
        anchors.centerIn: parent
        spacing: Theme.px(24)

        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: panel.staff.lockSeconds > 0 ? qsTr("Too many wrong PINs. Try again in %1 s.").arg(panel.staff.lockSeconds)
                                              : qsTr("Enter the staff PIN")
            color: Theme.textSoft
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
        }
        Text {
            objectName: "pinDots"
            anchors.horizontalCenter: parent.horizontalCenter
            height: Theme.px(60)
            text: "•".repeat(panel.entered.length)
            color: Theme.gold
            font.family: Theme.fontFamily
            font.pixelSize: Theme.subheading
            font.letterSpacing: Theme.px(12)
        }
        Text {
            id: wrong
            objectName: "pinWrong"
            anchors.horizontalCenter: parent.horizontalCenter
            visible: false
            text: qsTr("Wrong PIN")
            color: Theme.gold
            font.family: Theme.fontFamily
            font.pixelSize: Theme.meta
        }
        Grid {
            anchors.horizontalCenter: parent.horizontalCenter
            columns: 3
            spacing: Theme.px(20)
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "enter"]
                delegate: KioskButton {
                    required property string modelData
                    objectName: "pinKey_" + modelData
                    width: Theme.px(120)
                    height: Theme.px(120)
                    radius: Theme.radius
                    label: modelData === "clear" ? qsTr("Clear") : modelData === "enter" ? qsTr("OK") : modelData
                    tint: modelData === "enter" ? Theme.gold : Theme.surface
                    foreground: modelData === "enter" ? Theme.inkOnGold : Theme.text
                    opacity: panel.staff.lockSeconds > 0 ? 0.4 : 1.0
                    onClicked: panel.press(modelData)
                }
            }
        }
    }

    // The panel itself, once the PIN was right.
    Column {
        visible: panel.unlocked
        x: Theme.margin
        y: heading.y + heading.height + Theme.px(40)
        width: parent.width - 2 * Theme.margin
        spacing: Theme.px(24)

        Text {
            objectName: "staffInfo"
            text: [qsTr("Version %1").arg(panel.status.version), qsTr("running for %1").arg(panel.status.uptime),
                   panel.status.contentPath].filter(part => part !== "").join("  ·  ")
            color: Theme.textSoft
            font.family: Theme.fontFamily
            font.pixelSize: Theme.meta
            width: parent.width
            wrapMode: Text.WrapAnywhere
        }
        Flow {
            width: parent.width
            spacing: Theme.px(20)
            KioskButton {
                objectName: "staffReload"
                label: qsTr("Reload content")
                onClicked: panel.status.reload()
            }
            KioskButton {
                objectName: "staffCleaning"
                label: qsTr("Screen cleaning (30 s)")
                onClicked: {
                    panel.cleaningLeft = 30;
                    cleaningTimer.start();
                }
            }
            KioskButton {
                objectName: "staffExit"
                label: qsTr("Exit the kiosk")
                tint: Theme.red
                foreground: Theme.inkOnRed
                onClicked: panel.status.quit()
            }
        }
        Text {
            text: panel.status.problems.length ? qsTr("Content problems") : qsTr("The content has no problems.")
            color: Theme.gold
            font.family: Theme.fontFamily
            font.pixelSize: Theme.overline
            font.bold: true
        }
        Repeater {
            model: panel.status.problems
            delegate: Text {
                required property string modelData
                width: panel.width - 2 * Theme.margin
                text: modelData
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.meta
                wrapMode: Text.WrapAnywhere
            }
        }
    }

    // Screen cleaning: every touch ignored for 30 seconds, with the time left on screen.
    Rectangle {
        objectName: "cleaningOverlay"
        anchors.fill: parent
        visible: panel.cleaningLeft > 0
        color: "#000000"
        MultiPointTouchArea {
            anchors.fill: parent
            mouseEnabled: true
        }
        Text {
            anchors.centerIn: parent
            text: qsTr("Cleaning: touch is off for %1 s").arg(panel.cleaningLeft)
            color: Theme.muted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
        }
        Timer {
            id: cleaningTimer
            objectName: "cleaningTimer"
            interval: 1000
            repeat: true
            onTriggered: {
                panel.cleaningLeft -= 1;
                if (panel.cleaningLeft <= 0)
                    stop();
            }
        }
    }
}
