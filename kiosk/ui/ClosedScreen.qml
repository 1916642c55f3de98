pragma ComponentBehavior: Bound
import QtQuick

// Outside the opening hours: a black screen, or a card that says the exhibition is closed, when it
// opens again and the week's hours. No screen is loaded beneath it, so no photo decodes. It takes
// every touch; whether a touch wakes the kiosk is the Python side's decision (the content's
// settings.hours.wake_on_touch). The card drifts like the home screen: it stays up all night.
Rectangle {
    id: closed

    required property var hours
    required property var content

    readonly property var next: hours.nextOpening
    readonly property real cardWidth: Math.min(width - 2 * Theme.margin, Theme.px(Theme.portrait ? 1080 : 1560))
    readonly property int gap: Theme.px(Theme.portrait ? 72 : 112)
    // The widest day name in bold, so that the hours line up in one column.
    readonly property real dayWidth: Math.ceil(Math.max(0, ...hours.week.map(day => dayFont.advanceWidth(day.day))))

    function openingLine(): string {
        if (next.days === undefined)
            return "";
        if (next.days === 0)
            return qsTr("Opens again today at %1").arg(next.time);
        if (next.days === 1)
            return qsTr("Opens again tomorrow at %1").arg(next.time);
        return qsTr("Opens again on %1 at %2").arg(next.date).arg(next.time);
    }

    // Every text here says horizontalAlignment: Text.AlignLeft, which Arabic's mirroring turns to
    // the right; the default follows each string's own direction (a line of digits would sit left).
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
        transform: Translate {
            x: Theme.driftX
            y: Theme.driftY
        }

        // What and when: the exhibition, "Closed", when it opens again, and what a touch does.
        Column {
            id: lead
            anchors.left: parent.left
            y: Theme.portrait ? 0 : (card.height - height) / 2
            width: Theme.portrait ? card.width : (card.width - closed.gap) * 0.55
            spacing: Theme.px(24)

            Row {
                spacing: Theme.px(20)
                width: parent.width
                Rectangle {
                    width: Theme.px(56)
                    height: Theme.px(6)
                    color: Theme.gold
                    anchors.verticalCenter: parent.verticalCenter
                }
                Text {
                    width: parent.width - Theme.px(76)
                    text: closed.content.title
                    color: Theme.gold
                    font.family: Theme.fontFamily
                    horizontalAlignment: Text.AlignLeft
                    font.pixelSize: Theme.overline
                    font.bold: true
                    font.letterSpacing: Theme.tracking(4)
                    font.capitalization: Font.AllUppercase
                    elide: Text.ElideRight
                }
            }
            Text {
                objectName: "closedTitle"
                width: parent.width
                text: qsTr("Closed")
                color: Theme.text
                font.family: Theme.fontFamily
                horizontalAlignment: Text.AlignLeft
                font.pixelSize: Theme.display
                font.bold: true
                font.letterSpacing: Theme.tracking(-2)
                wrapMode: Text.WordWrap
                lineHeight: 0.95
            }
            Text {
                objectName: "closedNextOpening"
                width: parent.width
                visible: text !== ""
                text: closed.openingLine()
                color: Theme.text
                font.family: Theme.fontFamily
                horizontalAlignment: Text.AlignLeft
                font.pixelSize: Theme.subheading
                lineHeight: 1.2
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "closedTouchHint"
                width: parent.width
                topPadding: Theme.px(16)
                visible: closed.hours.wakeOnTouch
                text: qsTr("Touch the screen to look around meanwhile")
                color: Theme.textSoft
                font.family: Theme.fontFamily
                horizontalAlignment: Text.AlignLeft
                font.pixelSize: Theme.fontPx(30)
                wrapMode: Text.WordWrap
            }
        }

        // A gold hairline between the two halves (above the week in portrait).
        Rectangle {
            readonly property real start: Theme.portrait ? 0 : lead.width + (closed.gap - width) / 2
            // Placed by hand, so mirrored by hand: at the reading side's start in Arabic.
            x: LayoutMirroring.enabled ? card.width - width - start : start
            y: Theme.portrait ? lead.height + (closed.gap - height) / 2 : 0
            width: Theme.portrait ? Theme.px(56) : Theme.px(2)
            height: Theme.portrait ? Theme.px(2) : card.height
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

            Text {
                width: parent.width
                text: qsTr("Opening hours")
                color: Theme.gold
                font.family: Theme.fontFamily
                horizontalAlignment: Text.AlignLeft
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
                        required property var modelData
                        readonly property color tone: modelData.today ? Theme.gold : Theme.text
                        objectName: "closedDay_" + (modelData.today ? "today" : modelData.day)
                        spacing: Theme.px(40)
                        Text {
                            width: closed.dayWidth
                            text: row.modelData.day
                            color: row.modelData.today ? Theme.gold : Theme.textSoft
                            font.family: Theme.fontFamily
                            horizontalAlignment: Text.AlignLeft
                            font.pixelSize: Theme.body
                            font.bold: row.modelData.today
                        }
                        Text {
                            width: week.width - closed.dayWidth - row.spacing
                            text: row.modelData.hours !== "" ? row.modelData.hours : qsTr("Closed")
                            color: row.modelData.hours !== "" || row.modelData.today ? row.tone : Theme.muted
                            font.family: Theme.fontFamily
                            horizontalAlignment: Text.AlignLeft
                            font.pixelSize: Theme.body
                            font.bold: row.modelData.today
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }
        }
    }

    FontMetrics {
        id: dayFont
        font.family: Theme.fontFamily
        font.pixelSize: Theme.body
        font.bold: true
    }
}
