pragma ComponentBehavior: Bound
import QtQuick

// The timeline, scrolled sideways with kinetic scrolling, first year first.
Item {
    id: screen

    required property var content
    required property var navigator
    required property var slideshow
    required property var preferences

    TopBar {
        id: bar
        width: parent.width
        z: 1
        preferences: screen.preferences
        overline: screen.content.years
        title: qsTr("Timeline")
        onHome: screen.navigator.home()
        onBack: screen.navigator.back()
    }

    // The line the years hang from.
    Rectangle {
        x: 0
        y: list.y + Theme.px(150)
        width: parent.width
        height: Theme.px(4)
        color: Theme.surface
    }

    ListView {
        id: list
        objectName: "timelineList"
        // A band of at most 820 px (at 1080p), centred in the space under the bar.
        // Above the credits, which a tall entry (a photo and a take-away code) would run into.
        readonly property real space: credits.y - bar.height - Theme.px(24)
        y: Math.round(bar.height + Math.max(Theme.px(24), (space - height) / 2))  // whole pixels: sharp QR codes
        height: Math.min(space, Theme.px(820))
        width: parent.width
        orientation: ListView.Horizontal
        boundsBehavior: Flickable.StopAtBounds
        leftMargin: Theme.margin
        rightMargin: Theme.margin
        spacing: Theme.gutter
        clip: true
        model: screen.content.timeline

        delegate: Item {
            id: entry
            required property var modelData
            required property int index
            objectName: "timelineEntry_" + index
            // An entry with a take-away link is wider by its code, which stands beside the text.
            width: Math.round(Math.min(list.width - 2 * Theme.margin, (Theme.portrait ? list.width * 0.72 : Theme.px(560))
                                                                      + (takeAway.visible ? takeAway.width + Theme.px(16) : 0)))
            height: list.height

            Text {
                anchors.left: parent.left
                text: entry.modelData.year
                color: Theme.gold
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontPx(96)
                font.bold: true
                font.letterSpacing: Theme.tracking(-2)
            }
            Rectangle {
                anchors.left: parent.left
                y: Theme.px(150) - height / 2 + Theme.px(2)
                width: Theme.px(28)
                height: width
                radius: width / 2
                color: entry.index === 0 || entry.index === list.count - 1 ? Theme.red : Theme.gold
                border.color: Theme.navy
                border.width: Theme.px(4)
            }
            Rectangle {
                id: entryCard
                // The photo and text on one side, the take-away code standing beside them at the end.
                readonly property real column: width - (takeAway.visible ? takeAway.width + Theme.px(16) : 0)
                y: Theme.px(200)
                width: parent.width
                height: Math.min(parent.height - y, Math.max(entryPhoto.height + entryText.height + Theme.px(72),
                                                             takeAway.visible ? takeAway.height + Theme.px(32) : 0))
                radius: Theme.radius
                color: Theme.surface
                clip: true

                PhotoView {
                    id: entryPhoto
                    x: entryCard.LayoutMirroring.enabled ? entryCard.width - width : 0
                    width: entryCard.column
                    // A photo gives way to the text and the take-away code where the band is short,
                    // and is left out rather than shown as a sliver.
                    readonly property real room: entry.height - entryCard.y - entryText.height - Theme.px(72)
                    height: entry.modelData.photo && room >= width * 0.3 ? Math.min(width * 0.6, room) : 0
                    visible: height > 0
                    backdrop: false
                    fillMode: Image.PreserveAspectCrop
                    source: entry.modelData.photo && visible ? entry.modelData.photo.source : ""
                    caption: entry.modelData.photo ? entry.modelData.photo.alt : ""
                }
                Column {
                    id: entryText
                    y: entryPhoto.height + Theme.px(32)
                    anchors.left: parent.left
                    anchors.leftMargin: Theme.px(32)
                    width: entryCard.column - 2 * Theme.px(32)
                    spacing: Theme.px(16)
                    Text {
                        width: parent.width
                        text: entry.modelData.title
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontPx(38)
                        font.bold: true
                        wrapMode: Text.WordWrap
                        lineHeight: 1.1
                    }
                    Text {
                        width: parent.width
                        text: entry.modelData.text
                        visible: text !== ""
                        color: Theme.textSoft
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.body
                        wrapMode: Text.WordWrap
                        lineHeight: 1.35
                    }
                }
                TakeAway {
                    id: takeAway
                    objectName: "timelineTakeAway_" + entry.index
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.px(16)
                    y: Theme.px(16)
                    codeSize: Theme.px(200)
                    textWidth: Theme.px(320)
                    stacked: true
                    link: entry.modelData.link
                }
            }
        }
    }

    // The exhibition's credits, small, where the timeline leaves room.
    Text {
        id: credits
        objectName: "credits"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        anchors.bottomMargin: Theme.px(32)
        text: screen.content.credits.join("\n")
        color: Theme.muted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.meta
        wrapMode: Text.WordWrap
    }
}
