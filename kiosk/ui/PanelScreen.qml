pragma ComponentBehavior: Bound
import QtQuick

// One panel: its title, summary, body and speeches, and its photos as a swipeable strip.
// Tapping a photo opens the slideshow at that photo.
Item {
    id: screen

    required property ExhibitionViewModel content
    required property Navigator navigator
    required property Slideshow slideshow
    required property Preferences preferences

    readonly property PanelData panel: navigator.panel >= 0 && navigator.panel < content.panels.length
                                 ? content.panels[navigator.panel] : null
    readonly property var photos: panel ? panel.photos : []
    readonly property color accent: panel && panel.accent !== "" ? panel.accent : Theme.gold

    // Positions measured from the reading start: the left, or the right in right-to-left.
    function startX(x: real, w: real): real {
        return LayoutMirroring.enabled ? width - x - w : x;
    }

    function openPhoto(photo: PhotoData, index: int): void {
        if (photo.slide >= 0)
            screen.slideshow.start(photo.slide);
        screen.navigator.show("slideshow");
    }

    TopBar {
        id: bar
        width: parent.width
        z: 1
        preferences: screen.preferences
        overline: screen.panel ? qsTr("%1 %2 of %3", "the word for a panel, its number, how many there are")
                                .arg(screen.content.labels.panel || qsTr("Panel")).arg(Theme.number(screen.panel.number))
                                .arg(Theme.number(screen.content.panels.length)) : ""
        title: screen.content.title
        onHome: screen.navigator.home()
        onBack: screen.navigator.back()
    }

    // The reading column: left in landscape (right in Arabic), below the photos in portrait. Its
    // text scrolls, and says so; the speech cards under it, the only way to the speeches, stay put.
    readonly property real columnX: Theme.margin
    readonly property real columnTop: Theme.portrait ? strip.y + strip.height + Theme.px(32) : bar.height
    readonly property real columnWidth: Theme.portrait ? width - 2 * Theme.margin : width * 0.46 - Theme.margin
    // In portrait the take-away card has the foot of the screen, under the column.
    readonly property real columnBottom: height - Theme.px(40) - (Theme.portrait && takeAway.visible ? takeAway.height + Theme.px(32) : 0)

    Flickable {
        id: text
        objectName: "panelText"
        x: screen.startX(screen.columnX, width)
        y: screen.columnTop
        width: screen.columnWidth
        height: (screen.speechesInText ? screen.columnBottom : speeches.y - Theme.px(24)) - y
        contentHeight: column.height + Theme.px(24)
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: column
            width: text.width - Theme.px(24)  // clear of the scroll bar
            spacing: Theme.px(24)

            Rectangle {
                anchors.left: parent.left  // anchored, so that it mirrors in Arabic
                width: Theme.px(80)
                height: Theme.px(6)
                color: screen.accent
            }
            KioskText {
                objectName: "panelTitle"
                width: parent.width
                text: screen.panel ? screen.panel.title : ""
                font.pixelSize: Theme.heading
                font.bold: true
                leading: 1.05
            }
            KioskText {
                width: parent.width
                text: screen.panel ? screen.panel.summary : ""
                color: Theme.textSoft
                font.pixelSize: Theme.fontPx(36)
                leading: 1.3
            }
            Repeater {
                model: screen.panel ? screen.panel.body : []
                delegate: KioskText {
                    required property string modelData
                    width: column.width
                    text: modelData
                    font.pixelSize: Theme.body
                    leading: 1.4
                }
            }
        }
    }
    ScrollHint {
        flickable: text
    }

    // The speeches: a heading and a card for each, pinned at the foot of the column. Where they
    // would leave the text less than a sixth of the screen, they close the text instead.
    readonly property bool speechesInText: columnBottom - speeches.implicitHeight - columnTop < height / 6
    Column {
        id: speeches
        parent: screen.speechesInText ? column : screen
        x: screen.speechesInText ? 0 : screen.startX(screen.columnX, width)
        y: screen.speechesInText ? 0 : screen.columnBottom - height
        width: screen.speechesInText ? column.width : screen.columnWidth
        spacing: Theme.px(16)
        visible: screen.panel !== null && screen.panel.speeches.length > 0
        height: visible ? implicitHeight : 0

        KioskText {
            width: parent.width
            text: screen.content.labels.speeches || qsTr("Speeches")
            color: Theme.gold
            font.pixelSize: Theme.overline
            font.bold: true
            font.letterSpacing: Theme.tracking(3)
            font.capitalization: Font.AllUppercase
        }
        Repeater {
            model: screen.panel ? screen.panel.speeches : []
            // A card to tap for the speech's reading view: the whole card is the target.
            delegate: Rectangle {
                id: speech
                required property SpeechData modelData
                required property int index
                objectName: "speech_" + index
                width: speeches.width
                height: Math.max(Theme.touch, speechText.implicitHeight + Theme.px(32))
                radius: Theme.radius
                color: speechTap.pressed ? Theme.surfacePressed : Theme.surface
                border.color: Theme.outline
                border.width: Theme.highContrast ? 2 : 0
                scale: speechTap.pressed ? 0.98 : 1.0
                Behavior on scale { NumberAnimation { duration: 80 } }
                Accessible.role: Accessible.Button
                Accessible.name: speech.modelData.title + ", " + speech.modelData.speaker
                Accessible.description: qsTr("Opens the speech")

                Column {
                    id: speechText
                    // Anchored rather than placed, so that it mirrors with the chevron in Arabic.
                    anchors.left: parent.left
                    anchors.leftMargin: Theme.px(28)
                    anchors.verticalCenter: parent.verticalCenter
                    width: parent.width - 2 * Theme.px(28) - chevron.width - Theme.px(16)
                    spacing: Theme.px(4)
                    KioskText {
                        width: parent.width
                        text: speech.modelData.title
                        font.pixelSize: Theme.body
                        font.bold: true
                        lines: screen.content.lines["speech.title"]
                        smallest: Theme.meta
                    }
                    // The speaker; their role is on the speech's own page.
                    KioskText {
                        width: parent.width
                        text: speech.modelData.speaker
                        color: Theme.textSoft
                        font.pixelSize: Theme.meta
                        lines: screen.content.lines["speech.speaker"]
                        smallest: Math.round(Theme.meta * 0.8)
                    }
                }
                Icon {
                    id: chevron
                    name: "next"
                    width: Theme.px(36)
                    height: Theme.px(36)
                    color: Theme.gold
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.px(28)
                    anchors.verticalCenter: parent.verticalCenter
                }
                TapHandler {
                    id: speechTap
                    gesturePolicy: TapHandler.ReleaseWithinBounds
                    onTapped: screen.navigator.showSpeech(screen.navigator.panel, speech.index)
                }
            }
        }
    }

    // The photo strip: one photo at a time, swiped sideways, snapping.
    ListView {
        id: strip
        objectName: "panelPhotos"
        readonly property real start: Theme.portrait ? Theme.margin : parent.width * 0.46 + Theme.gutter
        x: screen.startX(start, width)
        y: bar.height + (Theme.portrait ? 0 : Theme.px(8))
        width: parent.width - start - Theme.margin
        height: Theme.portrait ? parent.height * 0.3
                               : parent.height - y - Theme.px(56) - (takeAway.visible && !screen.cardInText ? takeAway.height + Theme.gutter : 0)
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        // Enforced only once the strip has its width: before, every photo is at 0 and the range
        // would settle on the last of them.
        highlightRangeMode: width > 0 ? ListView.StrictlyEnforceRange : ListView.NoHighlightRange
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        spacing: Theme.gutter
        model: screen.photos
        visible: screen.photos.length > 0

        delegate: Item {
            id: slot
            required property PhotoData modelData
            required property int index
            width: strip.width
            height: strip.height

            PhotoView {
                id: photo
                objectName: "panelPhoto_" + slot.index
                width: parent.width
                // Never a sliver: a photo too short to see is still one to decode and tap.
                height: Math.max(Theme.px(160), parent.height - captionBox.height)
                source: slot.modelData.source
                caption: slot.modelData.alt
                Accessible.role: Accessible.Button
                Accessible.name: slot.modelData.alt
                Accessible.description: qsTr("Opens the slideshow at this photo")

                TapHandler {
                    gesturePolicy: TapHandler.ReleaseWithinBounds
                    onTapped: screen.openPhoto(slot.modelData, slot.index)
                }
            }
            Column {
                id: captionBox
                anchors.bottom: parent.bottom
                width: parent.width
                topPadding: Theme.px(16)
                bottomPadding: Theme.px(20)  // clear of the strip's scroll bar
                spacing: Theme.px(4)
                KioskText {
                    width: parent.width
                    text: slot.modelData.caption
                    font.pixelSize: Theme.meta
                    lines: screen.content.lines["photo.caption"]
                    smallest: Math.round(Theme.meta * 0.8)
                }
                KioskText {
                    width: parent.width
                    text: slot.modelData.credit + "   ·   " + Theme.number(slot.index + 1) + "\u00a0/\u00a0" + Theme.number(screen.photos.length)
                    color: Theme.muted
                    font.pixelSize: Theme.meta
                    lines: screen.content.lines["photo.credit"] + 1  // the photo's number may take a line
                    smallest: Math.round(Theme.meta * 0.75)
                }
            }
        }
    }

    ScrollHint {
        flickable: strip
    }

    // The panel's take-away link, in view while the text scrolls: at the foot of the photo column
    // in landscape, of the screen in portrait. Where it would leave the photos too little room
    // (the larger type on a small screen), at the end of the text instead, covering none.
    readonly property bool cardInText: !Theme.portrait && takeAway.implicitHeight > (height - bar.height) * 0.4
    TakeAway {
        id: takeAway
        objectName: "panelTakeAway"
        parent: screen.cardInText ? column : screen
        link: screen.panel ? screen.panel.link : null
        // Whole pixels keep the code sharp.
        x: screen.cardInText ? (LayoutMirroring.enabled ? column.width - width : 0)
                             : Math.round(screen.startX(strip.start, width))
        y: screen.cardInText ? 0 : screen.height - height - Theme.px(40)
        width: Math.min(implicitWidth, screen.cardInText ? column.width : screen.width - strip.start - Theme.margin)
    }
}
