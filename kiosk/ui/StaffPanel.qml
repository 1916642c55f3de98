pragma ComponentBehavior: Bound
import QtQuick

// The staff panel, behind a PIN pad, opened by the hidden corner gesture. The PIN is never
// shown (only dots), never comes from the content, and five wrong ones lock the pad a minute.
Rectangle {
    id: panel

    required property StaffAccess staff
    required property KioskStatus status

    property bool unlocked: false
    property string entered: ""
    property int cleaningLeft: 0
    // The pad's keys, all one size: wide enough for the longest word on them ("Effacer", "مسح").
    readonly property int keySize: Math.max(Theme.px(120), Math.ceil(Math.max(clearWord.advanceWidth, okWord.advanceWidth))
                                                           + Theme.px(48))

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

    // The heading and the way out, in the same corners as every screen's (mirrored in Arabic).
    Item {
        id: head
        width: parent.width
        height: Math.max(heading.height, closeButton.height) + 2 * Theme.px(40)

        KioskText {
            id: heading
            anchors.left: parent.left
            anchors.leftMargin: Theme.margin
            anchors.right: closeButton.left
            anchors.rightMargin: Theme.gutter
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Staff")
            font.pixelSize: Theme.heading
            font.bold: true
        }
        KioskButton {
            id: closeButton
            objectName: "staffClose"
            anchors.right: parent.right
            anchors.rightMargin: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            icon: "close"
            label: qsTr("Close")
            onClicked: panel.close()
        }
    }

    // The PIN pad, in the middle of the room under the heading.
    Column {
        visible: !panel.unlocked
        x: Theme.margin
        y: head.height + Math.max(0, (panel.height - head.height - height) / 2 - Theme.px(24))
        width: parent.width - 2 * Theme.margin
        spacing: Theme.px(24)

        KioskText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: panel.staff.lockSeconds > 0 ? qsTr("Too many wrong PINs. Try again in %1 s.").arg(panel.staff.lockSeconds)
                                              : qsTr("Enter the staff PIN")
            color: Theme.textSoft
            font.pixelSize: Theme.body
        }
        KioskText {
            objectName: "pinDots"
            width: parent.width
            height: Theme.px(60)
            horizontalAlignment: Text.AlignHCenter
            text: "•".repeat(panel.entered.length)
            color: Theme.gold
            font.pixelSize: Theme.subheading
            font.letterSpacing: Theme.px(12)
            wrapMode: Text.NoWrap
        }
        KioskText {
            id: wrong
            objectName: "pinWrong"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            visible: false
            text: qsTr("Wrong PIN")
            color: Theme.gold
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
                    width: panel.keySize
                    height: Theme.px(120)
                    radius: Theme.radius
                    label: modelData === "clear" ? clearWord.text : modelData === "enter" ? okWord.text : modelData
                    tint: modelData === "enter" ? Theme.gold : Theme.surface
                    foreground: modelData === "enter" ? Theme.inkOnGold : Theme.text
                    opacity: panel.staff.lockSeconds > 0 ? 0.4 : 1.0
                    onClicked: panel.press(modelData)
                }
            }
        }
    }

    // The panel itself, once the PIN was right: it scrolls when the content has many problems.
    Flickable {
        id: page
        objectName: "staffPage"
        visible: panel.unlocked
        y: head.height
        width: parent.width
        height: parent.height - y
        contentWidth: width
        contentHeight: tools.height + Theme.px(48)
        flickableDirection: Flickable.VerticalFlick
        boundsBehavior: Flickable.StopAtBounds
        interactive: contentHeight > height + 1
        clip: interactive

        Column {
            id: tools
            x: Theme.margin
            width: page.width - 2 * Theme.margin
            spacing: Theme.px(24)

            KioskText {
                objectName: "staffInfo"
                width: parent.width
                text: [qsTr("Version %1").arg(panel.status.version), qsTr("running for %1").arg(panel.status.uptime),
                       panel.status.contentPath].filter(part => part !== "").join("  ·  ")
                color: Theme.textSoft
                font.pixelSize: Theme.meta
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            }
            // A full or read-only disk costs the visit statistics silently otherwise: staff can free space.
            KioskText {
                objectName: "staffLostVisits"
                width: parent.width
                visible: panel.status.lostVisits > 0
                text: qsTr("Visits not recorded since the kiosk started (disk full or read-only): %1").arg(panel.status.lostVisits)
                color: Theme.gold
                font.pixelSize: Theme.meta
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
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
            KioskText {
                width: parent.width
                text: panel.status.problems.length ? qsTr("Content problems") : qsTr("The content has no problems.")
                color: Theme.gold
                font.pixelSize: Theme.overline
                font.bold: true
            }
            Repeater {
                model: panel.status.problems
                delegate: KioskText {
                    required property string modelData
                    width: tools.width
                    text: modelData
                    font.pixelSize: Theme.meta
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                }
            }
        }
    }
    ScrollHint {
        flickable: page
        visible: page.visible && (vertical || horizontal)
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
        KioskText {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Cleaning: touch is off for %1 s").arg(panel.cleaningLeft)
            color: Theme.muted
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

    // The words on the pad's two widest keys, measured as the keys draw them.
    TextMetrics {
        id: clearWord
        text: qsTr("Clear")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.body
        font.bold: true
    }
    TextMetrics {
        id: okWord
        text: qsTr("OK")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.body
        font.bold: true
    }
}
