pragma ComponentBehavior: Bound
import QtQuick

// The centenary home: the theme, the quote, the key facts, a slowly changing photo, and three
// large tiles to the panels, the slideshow and the timeline. In portrait the blocks stack. The
// tiles never give way: where the text above them does not fit (a small screen, the larger type,
// long texts), the quote is left out first, then the column scrolls and shows that it does.
Item {
    id: home

    required property ExhibitionViewModel content
    required property Navigator navigator
    required property Slideshow slideshow
    required property Preferences preferences

    readonly property bool portrait: Theme.portrait
    readonly property bool rtl: LayoutMirroring.enabled
    property int photoIndex: 0

    // A count in words: `many` is translated by how many (qsTr's numerus forms: Arabic has its
    // own for two, three to ten, and eleven up), with %1 for the number in the language's digits.
    function count(n: int, one: string, many: string): string {
        return n === 1 ? one : many.indexOf("%1") < 0 ? many : many.arg(Theme.number(n));  // "لوحتان": two, no figure
    }

    // Burn-in care: the text column and the corner buttons move together by the window's slow
    // drift; the photo changes by itself.
    Translate {
        id: drift
        x: Theme.driftX
        y: Theme.driftY
    }

    Timer {
        id: photoTimer
        objectName: "homePhotoTimer"
        interval: 7000
        repeat: true
        running: home.content.cover.length > 1
        onTriggered: home.photoIndex = (home.photoIndex + 1) % home.content.cover.length
    }

    // The photo: the far third in landscape (right, or left in right-to-left), a band in portrait.
    PhotoView {
        id: feature
        objectName: "homePhoto"
        anchors.right: parent.right
        anchors.top: parent.top
        width: home.portrait ? home.width : home.width / 3
        height: home.portrait ? home.height * 0.26 : home.height
        backdrop: true
        source: home.content.cover.length ? home.content.cover[home.photoIndex % home.content.cover.length].source : ""
        caption: home.content.cover.length ? home.content.cover[home.photoIndex % home.content.cover.length].alt : ""
        Behavior on source {
            SequentialAnimation {
                NumberAnimation { target: feature; property: "opacity"; to: 0.0; duration: Theme.crossfade / 2 }
                PropertyAction { }
                NumberAnimation { target: feature; property: "opacity"; to: 1.0; duration: Theme.crossfade / 2 }
            }
        }
    }
    // A soft edge between the photo and the text in landscape.
    Rectangle {
        visible: !home.portrait
        anchors.left: feature.left
        width: Theme.px(160)
        height: home.height
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0.0; color: home.rtl ? "transparent" : Theme.navy }
            GradientStop { position: 1.0; color: home.rtl ? Theme.navy : "transparent" }
        }
    }

    CornerControls {
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.top: parent.top
        anchors.topMargin: Theme.px(40)
        preferences: home.preferences
        tint: Qt.rgba(0, 0, 0, 0.55)
        transform: [drift]
    }

    // The tiles into the exhibition: always on screen, at the foot of the text column. What is
    // above them gives way first: the quote is left out, then the column scrolls and says so.
    Grid {
        id: tiles
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.px(home.portrait ? 64 : 48)
        width: scroller.width
        columns: entries.length  // side by side at every size: their labels step down rather than stack
        spacing: Theme.gutter
        transform: [drift]
        readonly property real tileWidth: (width - spacing * (columns - 1)) / columns
        // A tile only where something is behind it. Where the content renames a part, its count
        // is the number alone: the interface cannot make the content's word plural.
        readonly property var entries: {
            const labels = home.content.labels;
            const panels = home.content.panels.length, photos = home.content.slides.length;
            const all = [{ key: "panels", icon: "panels", label: labels.panels || qsTr("Panels"),
                           detail: labels.panels ? Theme.number(panels) : home.count(panels, qsTr("1 panel"), qsTr("%1 panels", "", panels)) }];
            if (photos > 0)
                all.push({ key: "slideshow", icon: "photos", label: labels.photos || qsTr("Photos"),
                           detail: labels.photos ? Theme.number(photos) : home.count(photos, qsTr("1 photo"), qsTr("%1 photos", "", photos)) });
            if (home.content.timeline.length > 0)
                all.push({ key: "timeline", icon: "timeline", label: labels.timeline || qsTr("Timeline"),
                           detail: home.content.years });
            return all;
        }

        Repeater {
            model: tiles.entries
            delegate: Rectangle {
                id: tile
                required property var modelData
                objectName: "homeTile_" + modelData.key
                width: tiles.tileWidth
                height: Math.max(Theme.px(home.portrait ? 200 : 150), tileContent.height + Theme.px(40))
                radius: Theme.radius
                color: tileTap.pressed ? Theme.surfacePressed : Theme.surface
                border.color: Theme.highContrast ? Theme.outline : Qt.rgba(1, 1, 1, 0.08)
                border.width: Theme.highContrast ? 2 : 1
                scale: tileTap.pressed ? 0.98 : 1.0
                Behavior on scale { NumberAnimation { duration: 80 } }
                Accessible.role: Accessible.Button
                Accessible.name: modelData.label
                Accessible.description: modelData.detail

                Rectangle {
                    width: parent.width
                    height: Theme.px(6)
                    radius: 2
                    color: Theme.gold
                }
                Grid {
                    id: tileContent
                    anchors.left: parent.left
                    anchors.leftMargin: Theme.px(28)
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.px(16)
                    anchors.verticalCenter: parent.verticalCenter
                    columns: home.portrait ? 1 : 2
                    columnSpacing: Theme.px(24)
                    rowSpacing: Theme.px(12)
                    verticalItemAlignment: Grid.AlignVCenter
                    Icon {
                        id: tileIcon
                        width: Theme.px(home.portrait ? 52 : 64)
                        height: width
                        name: tile.modelData.icon
                        color: Theme.gold
                    }
                    Column {
                        width: parent.width - (tileContent.columns === 1 ? 0 : tileIcon.width + parent.columnSpacing)
                        KioskText {
                            width: parent.width
                            text: tile.modelData.label
                            font.pixelSize: Theme.subheading
                            font.bold: true
                            lines: home.content.lines["labels.panels"]  // the same for every label
                            smallest: Theme.meta
                        }
                        KioskText {
                            width: parent.width
                            text: tile.modelData.detail
                            color: Theme.textSoft
                            font.pixelSize: Theme.meta
                        }
                    }
                }
                TapHandler {
                    id: tileTap
                    gesturePolicy: TapHandler.ReleaseWithinBounds
                    onTapped: {
                        if (tile.modelData.key === "slideshow")
                            home.slideshow.start(0);
                        home.navigator.show(tile.modelData.key);
                    }
                }
            }
        }
    }

    Flickable {
        id: scroller
        objectName: "homeScroll"
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        y: home.portrait ? feature.height : 0
        width: (home.portrait ? home.width : home.width * 2 / 3) - 2 * Theme.margin
        height: tiles.y - Theme.gutter - y
        contentHeight: page.height
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        transform: [drift]

        // The quote is the first thing to give way: it shows only where the rest leaves it room.
        readonly property real withoutQuote: page.topPadding + page.bottomPadding + yearsRow.height
                                             + titleText.height + subtitleText.height + eventText.height
                                             + 3 * theme.spacing + Theme.px(24) + facts.height
        readonly property bool quoteFits: withoutQuote + theme.spacing + quoteBox.naturalHeight <= height

        Column {
            id: page
            width: scroller.width
            topPadding: Theme.px(40)
            bottomPadding: Theme.px(8)

            Column {
                id: theme
                width: parent.width
                spacing: Theme.px(20)

                Row {
                    id: yearsRow
                    anchors.left: parent.left  // anchored, so that it mirrors to the right in Arabic
                    spacing: Theme.px(20)
                    Rectangle {
                        width: Theme.px(56)
                        height: Theme.px(6)
                        color: Theme.gold
                        anchors.verticalCenter: parent.verticalCenter
                    }
                    KioskText {
                        objectName: "homeYears"
                        text: home.content.years
                        color: Theme.gold
                        font.pixelSize: Theme.overline
                        font.bold: true
                        font.letterSpacing: Theme.tracking(4)
                    }
                }
                KioskText {
                    id: titleText
                    objectName: "homeTitle"
                    width: parent.width
                    text: home.content.title
                    font.pixelSize: Theme.display
                    font.bold: true
                    font.letterSpacing: Theme.tracking(-2)
                    leading: 0.95
                    lines: home.content.lines["exhibition.title"]
                    smallest: Theme.heading
                }
                KioskText {
                    id: subtitleText
                    objectName: "homeSubtitle"
                    width: parent.width
                    text: home.content.subtitle
                    font.pixelSize: Theme.subheading
                    lines: home.content.lines["exhibition.subtitle"]
                    smallest: Theme.meta
                }
                KioskText {
                    id: eventText
                    objectName: "homeEvent"
                    width: parent.width
                    text: home.content.eventLine + (home.content.placeAndDate !== "" ? " · " + home.content.placeAndDate : "")
                    color: Theme.textSoft
                    font.pixelSize: Theme.fontPx(30)
                    leading: 1.2
                    // The place and a run of days across two years may take two lines more.
                    lines: home.content.lines["exhibition.event"] + 2
                    smallest: Theme.meta
                }
                // The quote, set apart by a gold rule.
                Item {
                    id: quoteBox
                    readonly property real naturalHeight: quoteText.implicitHeight + attribution.implicitHeight
                                                          + quote.spacing + Theme.px(24)
                    width: parent.width
                    height: naturalHeight
                    visible: home.content.quote.text !== "" && scroller.quoteFits
                    Rectangle {
                        anchors.left: parent.left
                        y: Theme.px(24)
                        width: Theme.px(6)
                        height: quote.height
                        color: Theme.gold
                    }
                    Column {
                        id: quote
                        anchors.left: parent.left
                        anchors.leftMargin: Theme.px(32)
                        y: Theme.px(24)
                        width: parent.width - Theme.px(32)
                        spacing: Theme.px(10)
                        KioskText {
                            id: quoteText
                            width: parent.width
                            text: home.content.quote.text !== "" ? qsTr("“%1”").arg(home.content.quote.text) : ""
                            font.pixelSize: Theme.fontPx(30)
                            font.italic: !home.rtl
                            leading: 1.25
                            lines: home.content.lines["quote.text"]
                            smallest: Theme.meta
                        }
                        KioskText {
                            id: attribution
                            width: parent.width
                            // "%1, %2": Arabic joins them with its own comma.
                            text: home.content.quote.role !== ""
                                  ? qsTr("%1, %2", "a speaker and their role").arg(home.content.quote.speaker).arg(home.content.quote.role)
                                  : home.content.quote.speaker
                            color: Theme.textSoft
                            font.pixelSize: Theme.meta
                            lines: home.content.lines["quote.speaker"] + home.content.lines["quote.role"]
                        }
                    }
                }
            }

            // Pushes the facts down to the tiles while there is room.
            Item {
                width: 1
                height: Math.max(Theme.px(24), scroller.height - page.topPadding - page.bottomPadding
                                 - theme.height - facts.height)
            }

            // Key facts as large numerals: four across, two when the type is larger.
            Grid {
                id: facts
                width: parent.width
                columns: width >= 4 * Theme.fontPx(230) ? 4 : 2
                columnSpacing: Theme.gutter
                rowSpacing: Theme.px(24)
                readonly property real cellWidth: (width - columnSpacing * (columns - 1)) / columns
                Repeater {
                    model: home.content.facts
                    delegate: Column {
                        required property FactData modelData
                        width: facts.cellWidth
                        KioskText {
                            width: parent.width
                            text: parent.modelData.value
                            color: Theme.gold
                            font.pixelSize: Theme.fontPx(56)
                            font.bold: true
                            wrapMode: Text.NoWrap
                            fontSizeMode: Text.HorizontalFit
                            minimumPixelSize: Theme.subheading
                        }
                        KioskText {
                            width: parent.width
                            text: parent.modelData.label
                            color: Theme.textSoft
                            font.pixelSize: Theme.meta
                            lines: home.content.lines["fact.label"]
                        }
                    }
                }
            }
        }
    }
    ScrollHint {
        flickable: scroller
        transform: [drift]
    }
}
