pragma ComponentBehavior: Bound
import QtQuick

// Outside the opening hours: a black screen, or a card that says the exhibition is closed, when it
// opens again and the week's hours. No screen is loaded beneath it, so no photo decodes. It takes
// every touch; whether a touch wakes the kiosk is the Python side's decision (the content's
// settings.hours.wake_on_touch). The card drifts like the home screen: it stays up all night.
Rectangle {
    id: closed

    required property OpeningHours hours
    required property ExhibitionViewModel content

    readonly property OpeningData next: hours.nextOpening
    readonly property real cardWidth: Math.min(width - 2 * Theme.margin, Theme.px(Theme.portrait ? 1080 : 1560))
    readonly property int gap: Theme.px(Theme.portrait ? 72 : 96)
    // The widest day name in bold, so that the hours line up in one column.
    readonly property real dayWidth: Math.ceil(Math.max(0, ...dayNames.children.map(name => name.implicitWidth)))
    // The room the card has: where large type (the accessibility mode) on a small screen makes it
    // taller than that, it is drawn smaller as a whole rather than cut off.
    readonly property real room: height - 2 * Theme.px(48)

    function openingLine(): string {
        if (next.days < 0)
            return "";
        if (next.days === 0)
            return qsTr("Opens again today at %1").arg(next.time);
        if (next.days === 1)
            return qsTr("Opens again tomorrow at %1").arg(next.time);
        return qsTr("Opens again on %1 at %2").arg(next.date).arg(next.time);
    }

    // Every text here is a KioskText, aligned to the reading start, which Arabic's mirroring turns
    // to the right; the default would follow each string's own direction (digits would sit left).
    objectName: "closedScreen"
    color: hours.black ? "#000000" : Theme.navy

    MouseArea {
        anchors.fill: parent
    }

    Item {
        id: card
        objectName: "closedCard"
        visible: !closed.hours.black
        anchors.centerIn: parent
        width: closed.cardWidth
        height: Theme.portrait ? lead.height + closed.gap + week.height : Math.max(lead.height, week.height)
        scale: Math.min(1, closed.room / Math.max(1, height))
        transform: Translate {
            x: Theme.driftX
            y: Theme.driftY
        }

        // What and when: the exhibition, "Closed", when it opens again, and what a touch does.
        Column {
            id: lead
            anchors.left: parent.left
            y: Theme.portrait ? 0 : (card.height - height) / 2
            width: Theme.portrait ? card.width : (card.width - closed.gap) * 0.5
            spacing: Theme.px(24)

            // The exhibition's title, on as many lines as the home screen gives it, after a gold dash.
            Item {
                width: parent.width
                height: exhibition.height
                Rectangle {
                    anchors.left: parent.left
                    y: Math.round(exhibition.baselineOffset - exhibition.font.pixelSize * 0.35 - height / 2)
                    width: Theme.px(56)
                    height: Theme.px(6)
                    color: Theme.gold
                }
                KioskText {
                    id: exhibition
                    anchors.left: parent.left
                    anchors.leftMargin: Theme.px(76)
                    anchors.right: parent.right
                    text: closed.content.title
                    color: Theme.gold
                    font.pixelSize: Theme.overline
                    font.bold: true
                    font.letterSpacing: Theme.tracking(4)
                    font.capitalization: Font.AllUppercase
                    lines: closed.content.lines["exhibition.title"] || 0
                }
            }
            KioskText {
                objectName: "closedTitle"
                width: parent.width
                text: qsTr("Closed")
                font.pixelSize: Theme.display
                font.bold: true
                font.letterSpacing: Theme.tracking(-2)
                leading: 0.95
            }
            KioskText {
                objectName: "closedNextOpening"
                width: parent.width
                visible: text !== ""
                text: closed.openingLine()
                font.pixelSize: Theme.subheading
                leading: 1.2
            }
            KioskText {
                objectName: "closedTouchHint"
                width: parent.width
                topPadding: Theme.px(16)
                visible: closed.hours.wakeOnTouch
                text: qsTr("Touch the screen to look around meanwhile")
                color: Theme.textSoft
                font.pixelSize: Theme.fontPx(30)
                leading: 1.2
            }
        }

        // A gold hairline between the two halves (above the week in portrait).
        Rectangle {
            readonly property real start: Theme.portrait ? 0 : Math.round(lead.width + (closed.gap - width) / 2)
            // Placed by hand, so mirrored by hand: at the reading side's start in Arabic.
            x: LayoutMirroring.enabled ? card.width - width - start : start
            y: Theme.portrait ? lead.height + (closed.gap - height) / 2 : 0
            width: Theme.portrait ? Theme.px(56) : Math.max(2, Theme.px(2))
            height: Theme.portrait ? Math.max(2, Theme.px(2)) : card.height
            color: Theme.gold
            opacity: 0.6
        }

        // The week's hours, today's in gold.
        Column {
            id: week
            objectName: "closedWeek"
            anchors.right: parent.right
            y: Theme.portrait ? lead.height + closed.gap : (card.height - height) / 2
            width: Theme.portrait ? card.width : card.width - lead.width - closed.gap
            spacing: Theme.px(28)

            KioskText {
                width: parent.width
                text: qsTr("Opening hours")
                color: Theme.gold
                font.pixelSize: Theme.overline
                font.bold: true
                font.letterSpacing: Theme.tracking(4)
                font.capitalization: Font.AllUppercase
            }
            Column {
                width: parent.width
                spacing: Theme.px(14)
                Repeater {
                    model: closed.hours.week
                    delegate: Row {
                        id: row
                        required property DayData modelData
                        readonly property color tone: modelData.today ? Theme.gold : Theme.text
                        objectName: "closedDay_" + (modelData.today ? "today" : modelData.day)
                        spacing: Theme.px(32)
                        KioskText {
                            width: closed.dayWidth
                            text: row.modelData.day
                            color: row.modelData.today ? Theme.gold : Theme.textSoft
                            font.pixelSize: Theme.body
                            font.bold: row.modelData.today
                            wrapMode: Text.NoWrap
                        }
                        KioskText {
                            width: week.width - closed.dayWidth - row.spacing
                            text: row.modelData.hours !== "" ? row.modelData.hours : qsTr("Closed")
                            color: row.modelData.hours !== "" || row.modelData.today ? row.tone : Theme.muted
                            font.pixelSize: Theme.body
                            font.bold: row.modelData.today
                        }
                    }
                }
            }
        }
    }

    // The day names in bold, never shown: the widest sets the column the hours line up in.
    Item {
        id: dayNames
        visible: false
        Repeater {
            model: closed.hours.week
            delegate: KioskText {
                required property DayData modelData
                text: modelData.day
                font.pixelSize: Theme.body
                font.bold: true
                wrapMode: Text.NoWrap
            }
        }
    }
}
