pragma ComponentBehavior: Bound
import QtQuick

// The timeline, first year first. In landscape the years run along a line across the screen,
// each with its card below, scrolled sideways; in portrait they run down a line at the reading
// side, each card beside it, scrolled up and down. The exhibition's credits close the page.
// Everything below the bar lies in one band that scrolls up and down when the cards and credits
// are taller than the screen (large type, long texts), and says so.
Item {
    id: screen

    required property ExhibitionViewModel content
    required property Navigator navigator
    required property Slideshow slideshow
    required property Preferences preferences

    readonly property bool portrait: Theme.portrait
    // The line limits of the content's texts (the content is gone for a moment as the screen goes).
    readonly property var lines: content ? content.lines : ({})
    readonly property int yearSize: Theme.fontPx(portrait ? 64 : 80)
    // Where the line runs through an entry: under the year in landscape, level with the middle
    // of its digits in portrait (measured on a year as laid out, in the visitor's script).
    readonly property real rail: portrait ? Math.round(yearProbe.baselineOffset + digits.y + digits.height / 2)
                                          : yearProbe.height + Theme.px(20)
    // Where a year's digits sit about its baseline (measured again when the type changes).
    readonly property rect digits: yearFont.font.pixelSize > 0 ? yearFont.tightBoundingRect(yearProbe.text) : Qt.rect(0, 0, 0, 0)
    readonly property int dot: Theme.px(28)
    // In portrait the line stands at the reading side and the years and cards beside it.
    readonly property int indent: Theme.px(64)
    // A card's text column in landscape: wider for the larger type, so that a text at its limit
    // keeps its number of lines.
    readonly property int column: Math.round(Theme.px(600) * Theme.textScale)
    readonly property int pad: Theme.px(28)
    // Space in the band: above the entries, between them and the credits, and under the credits.
    readonly property int above: Theme.px(24)
    readonly property int gap: Theme.px(32)
    readonly property int below: Theme.px(32)
    // The room the entries have above the credits before the band must scroll.
    readonly property real room: band.height - credits.height - gap - below

    // An entry's year as museums write it, in the visitor's language: "c. 1881", "1990s", "1914–1918".
    // Styled text, in bold but for the word that hedges an approximate year ("c.", "vers"): the
    // figures lead the eye along the line. (A decade's "s" or "années" is part of its date.)
    function yearLabel(when: TimelineData): string {
        switch (when.form) {
        case "about":
            return qsTr("c. %1", "an approximate year").arg("<b>" + when.year + "</b>");
        case "decade":
            return "<b>" + qsTr("%1s", "a decade, e.g. 1990s").arg(when.year) + "</b>";
        case "span":
            return "<b>" + qsTr("%1–%2", "a span of years").arg(when.year).arg(when.endYear) + "</b>";
        default:
            return "<b>" + when.year + "</b>";
        }
    }

    TopBar {
        id: bar
        width: parent.width
        z: 1
        preferences: screen.preferences
        overline: screen.content.years
        title: screen.content.labels.timeline || qsTr("Timeline")
        onHome: screen.navigator.home()
        onBack: screen.navigator.back()
    }

    Flickable {
        id: band
        objectName: "timelineBand"
        y: bar.height
        width: parent.width
        height: parent.height - bar.height
        contentWidth: width
        contentHeight: Math.ceil(Math.max(height, list.y + list.height + screen.gap + credits.height + screen.below))
        flickableDirection: Flickable.VerticalFlick
        boundsBehavior: Flickable.StopAtBounds
        interactive: contentHeight > height + 1
        // Clipped only when it scrolls: there is nothing beyond its edges otherwise.
        clip: interactive

        // Landscape: the line the years hang from, across the screen behind the cards.
        Rectangle {
            visible: !screen.portrait
            y: list.y + screen.rail - height / 2
            width: parent.width
            height: Theme.px(4)
            color: Theme.highContrast ? Theme.text : Theme.surface
        }

        ListView {
            id: list
            objectName: "timelineList"
            // Landscape: the tallest entry, with room under it for the scroll bar.
            readonly property real natural: Math.ceil(contentItem.childrenRect.height) + Theme.px(24)
            // Landscape: short entries stand in the middle of the room above the credits, and the
            // list reaches down to them, so that its scroll bar stays just above the credits.
            readonly property real lift: screen.portrait ? 0 : Math.max(0, Math.round((screen.room - screen.above - natural) / 2))
            y: screen.above + lift
            x: screen.portrait ? Theme.margin : 0
            width: band.width - 2 * x
            // Every entry is made at once (timelines are short), so that the band knows the tallest
            // one. Display margins rather than a cache buffer: the buffer's entries are made bit by
            // bit, and a language chosen meanwhile can leave one half made on the screen.
            displayMarginBeginning: 100000
            displayMarginEnd: 100000
            height: screen.portrait ? contentHeight : Math.max(natural, screen.room - y)
            orientation: screen.portrait ? ListView.Vertical : ListView.Horizontal
            interactive: !screen.portrait
            boundsBehavior: Flickable.StopAtBounds
            leftMargin: screen.portrait ? 0 : Theme.margin
            rightMargin: screen.portrait ? 0 : Theme.margin
            spacing: screen.portrait ? 0 : Theme.gutter
            clip: !screen.portrait
            model: screen.content.timeline

            delegate: Item {
                id: entry
                required property TimelineData modelData
                required property int index
                readonly property bool first: index === 0
                readonly property bool last: index === list.count - 1
                readonly property bool linked: !!(modelData.link && modelData.link.url)
                // An entry with a take-away link is wider in landscape by its code, beside the text.
                readonly property real beside: !screen.portrait && linked ? takeAway.width + Theme.px(16) : 0
                objectName: "timelineEntry_" + index
                width: screen.portrait ? list.width
                                       : Math.round(Math.min(list.width - 2 * Theme.margin, screen.column + beside))
                height: card.y + card.height + (screen.portrait && !last ? Theme.px(48) : 0)

                // Portrait: this entry's stretch of the line, from the first dot to the last.
                Rectangle {
                    visible: screen.portrait && list.count > 1
                    anchors.left: parent.left
                    anchors.leftMargin: (screen.dot - width) / 2
                    y: entry.first ? screen.rail : 0
                    width: Theme.px(4)
                    height: (entry.last ? screen.rail : entry.height) - y
                    color: Theme.highContrast ? Theme.text : Theme.surface
                }
                // The year's dot on the line: red for the first and the last year, gold between.
                Rectangle {
                    anchors.left: parent.left
                    y: screen.rail - height / 2
                    width: screen.dot
                    height: width
                    radius: width / 2
                    color: entry.first || entry.last ? Theme.red : Theme.gold
                    border.color: Theme.navy
                    border.width: Theme.px(4)
                }
                KioskText {
                    id: year
                    objectName: "timelineYear_" + entry.index
                    anchors.left: parent.left
                    anchors.leftMargin: screen.portrait ? screen.indent : 0
                    text: screen.yearLabel(entry.modelData)
                    textFormat: Text.StyledText
                    Accessible.name: text.replace(/<[^>]*>/g, "")  // read aloud without its styling
                    color: Theme.gold
                    font.pixelSize: screen.yearSize
                    font.letterSpacing: Theme.tracking(-2)
                    wrapMode: Text.NoWrap
                    // A translation's longer words ("aux alentours de 1881") step the type down
                    // rather than run into the next entry, about the middle of the full size's line
                    // (where the dot is, in portrait).
                    width: parent.width - anchors.leftMargin
                    lines: 1
                    verticalAlignment: Text.AlignVCenter
                }

                Rectangle {
                    id: card
                    anchors.left: parent.left
                    anchors.leftMargin: screen.portrait ? screen.indent : 0
                    anchors.right: parent.right
                    y: screen.portrait ? year.height + Theme.px(8) : screen.rail + Theme.px(36)
                    height: screen.portrait && entry.linked ? body.height + takeAway.height + screen.pad
                                                                : Math.max(body.height, entry.beside > 0 ? takeAway.height + 2 * Theme.px(16) : 0)
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.outline
                    border.width: Theme.highContrast ? 2 : 0

                    // The photo on top, then the title, the text and (in portrait) the take-away code.
                    Column {
                        id: body
                        anchors.left: parent.left
                        width: parent.width - entry.beside
                        bottomPadding: screen.pad

                        // The photo, inset like the text, fitted on its own blurred copy.
                        Item {
                            width: parent.width
                            height: photo.height > 0 ? photo.height + screen.pad : 0
                            visible: photo.height > 0
                            PhotoView {
                                id: photo
                                // In landscape a photo gives way to the texts where the band is short,
                                // and is left out rather than shown as a sliver; in portrait the band
                                // scrolls. (The list keeps the room for its scroll bar under the cards.)
                                readonly property real spare: screen.room - screen.above - card.y - words.height
                                                              - 2 * screen.pad - Theme.px(24)
                                x: screen.pad
                                y: screen.pad
                                width: parent.width - 2 * screen.pad
                                height: !entry.modelData.photo ? 0
                                      : screen.portrait ? Math.round(width * 0.5)
                                      : spare >= width * 0.3 ? Math.round(Math.min(width * 0.56, spare)) : 0
                                source: entry.modelData.photo && height > 0 ? entry.modelData.photo.source : ""
                                caption: entry.modelData.photo ? entry.modelData.photo.alt : ""
                            }
                        }
                        Column {
                            id: words
                            x: screen.pad
                            width: parent.width - 2 * screen.pad
                            topPadding: screen.pad
                            spacing: Theme.px(12)

                            KioskText {
                                width: parent.width
                                text: entry.modelData.title
                                font.pixelSize: Theme.fontPx(36)
                                font.bold: true
                                leading: 1.1
                                lines: screen.lines["timeline.title"] || 0
                            }
                            KioskText {
                                width: parent.width
                                text: entry.modelData.text
                                visible: text !== ""
                                color: Theme.textSoft
                                font.pixelSize: Theme.body
                                leading: 1.25
                                lines: screen.lines["timeline.text"] || 0
                            }
                        }
                    }
                    TakeAway {
                        id: takeAway
                        objectName: "timelineTakeAway_" + entry.index
                        anchors.right: screen.portrait ? undefined : parent.right
                        anchors.rightMargin: Theme.px(16)
                        anchors.left: screen.portrait ? parent.left : undefined
                        anchors.leftMargin: screen.pad
                        // Landscape: at the top, beside the text. Portrait: under the text, its label beside it.
                        y: screen.portrait ? body.height : Theme.px(16)
                        codeSize: Theme.px(200)
                        textWidth: screen.portrait ? card.width - 2 * screen.pad - codeSize - Theme.px(60)
                                                   : Math.round(Theme.px(320) * Theme.textScale)
                        stacked: !screen.portrait
                        // Its code is drawn once the entry is in view; until then the card holds its place.
                        link: entry.modelData.link
                    }
                }
            }
        }
        ScrollHint {
            flickable: list
        }

        // The exhibition's credits, small, at the foot of the page.
        KioskText {
            id: credits
            objectName: "credits"
            // In portrait in line with the cards.
            anchors.left: parent.left
            anchors.leftMargin: Theme.margin + (screen.portrait ? screen.indent : 0)
            width: parent.width - Theme.margin - anchors.leftMargin
            y: band.contentHeight - height - screen.below
            text: screen.content ? screen.content.credits.join("  ·  ") : ""
            color: Theme.textSoft
            font.pixelSize: Theme.meta
            leading: 1.2
            lines: (screen.lines["exhibition.credits"] || 0) * Math.max(1, screen.content ? screen.content.credits.length : 0)
        }
    }
    ScrollHint {
        flickable: band
    }

    // A year as the entries lay it out, never shown: the line and dots are placed from it.
    KioskText {
        id: yearProbe
        visible: false
        text: screen.content.timeline.length > 0 ? screen.content.timeline[0].year : Theme.number(1914)
        font.pixelSize: screen.yearSize
        font.bold: true
        wrapMode: Text.NoWrap
    }
    FontMetrics {
        id: yearFont
        font: yearProbe.font
    }
}
