pragma ComponentBehavior: Bound
import QtQuick

// A speech's reading view: who spoke and in what role, the title, whether the text is an excerpt
// or a summary, then the text in large type at a comfortable line length, flicked up and down.
// A PDF document or a video plays in PdfView.qml or VideoView.qml: beside the title and text in
// landscape, between the title and the text in portrait, sized so that its controls show without
// scrolling. They are loaded only when the kiosk has their players (a file whose imports are
// missing would not load); otherwise a note says why.
Item {
    id: screen

    required property ExhibitionViewModel content
    required property Navigator navigator
    required property Slideshow slideshow
    required property Preferences preferences

    readonly property PanelData panel: navigator.panel >= 0 && navigator.panel < content.panels.length
                                 ? content.panels[navigator.panel] : null
    // Null when a reload took the speech away: the screen then shows its panel's title only.
    readonly property SpeechData speech: panel !== null && navigator.speech >= 0 && navigator.speech < panel.speeches.length
                                  ? panel.speeches[navigator.speech] : null
    readonly property bool hasLink: speech !== null && speech.link.url !== ""
    // A player for what the speech names and this kiosk can show (else a note says why).
    readonly property bool showsPdf: speech !== null && speech.pdf !== "" && content.mediaPdf
    readonly property bool showsVideo: speech !== null && speech.video !== "" && content.mediaVideo
    readonly property bool hasPlayer: showsPdf || showsVideo
    // In landscape a player stands beside the title and text, which take a third of the width.
    readonly property bool sideBySide: hasPlayer && !Theme.portrait
    // The take-away card beside the text in landscape, under it in portrait or beside a player.
    readonly property bool cardBeside: hasLink && !Theme.portrait && !sideBySide
    // A few lines (a quoted sentence, a summary) are set larger, as a pull quote: at body size
    // they would sit lost on an empty screen.
    readonly property bool brief: speech !== null && !speech.markdown && speech.paragraphs.join(" ").length < 320
    readonly property int readingSize: Theme.fontPx(brief ? 42 : 34)
    // About 65 characters a line: Noto Sans averages half an em a character. Narrower screens,
    // and the accessibility mode's larger type, reflow within the width there is.
    readonly property real measure: sideBySide ? Math.round((width - 3 * Theme.margin) * 0.34)
                                               : Math.min(readingSize * 32, width - 2 * Theme.margin - (cardBeside ? takeAway.width + 2 * Theme.gutter : 0))
    // Text and card as one group, centred: no gulf between them on a wide screen.
    readonly property real groupStart: Math.max(Theme.margin, Math.round((width - measure - 2 * Theme.gutter - takeAway.width) / 2))
    readonly property var player: videoLoader.item
    readonly property bool videoPlaying: player !== null && player.playing === true

    // The idle clock waits while a video plays (the kiosk holds it while the view-model says so).
    onVideoPlayingChanged: content.setMediaPlaying(videoPlaying)
    Component.onDestruction: content.setMediaPlaying(false)

    function startX(x: real, w: real): real {
        return LayoutMirroring.enabled ? width - x - w : x;
    }

    TopBar {
        id: bar
        width: parent.width
        z: 1
        preferences: screen.preferences
        overline: screen.panel ? qsTr("%1 %2 of %3", "the word for a panel, its number, how many there are")
                                .arg(screen.content.labels.panel || qsTr("Panel")).arg(Theme.number(screen.panel.number))
                                .arg(Theme.number(screen.content.panels.length)) : ""
        title: screen.content.title  // as on the panel page; the panel's own title, often long, is below
        onHome: screen.navigator.home()
        onBack: screen.navigator.back()
    }

    Flickable {
        id: reading
        objectName: "speechReading"
        y: bar.height
        width: parent.width  // flicked anywhere across the screen, not only on the text
        height: parent.height - y - (screen.hasLink && !screen.cardBeside ? takeAway.height + Theme.px(88) : 0)
        contentHeight: column.y + column.height + Theme.px(96)
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: column
            x: screen.cardBeside ? screen.startX(screen.groupStart, width)
                                 : screen.sideBySide ? screen.startX(Theme.margin, width) : Math.round((screen.width - width) / 2)
            // A short text (an excerpt, a summary) sits a little above the middle rather than
            // under the bar with the screen empty below it; a long one starts at the top.
            // A speech with a player starts at the top, so that the player fits below the title.
            y: screen.hasPlayer ? Theme.px(16) : Math.max(Theme.px(16), Math.round((reading.height - height - Theme.px(96)) * 0.4))
            width: screen.measure
            spacing: Theme.px(20)

            Item {
                width: parent.width
                height: Theme.px(6)
                Rectangle {
                    anchors.left: parent.left  // at the reading start, mirrored in Arabic
                    width: Theme.px(80)
                    height: parent.height
                    color: screen.panel && screen.panel.accent !== "" ? screen.panel.accent : Theme.gold
                }
            }
            Text {
                objectName: "speechPanel"
                width: parent.width
                horizontalAlignment: Text.AlignLeft
                text: screen.panel ? screen.panel.title : ""
                color: Theme.textSoft
                font.family: Theme.fontFamily
                font.pixelSize: Theme.meta
                wrapMode: Text.WordWrap
            }

            Text {
                objectName: "speechSpeaker"
                width: parent.width
                horizontalAlignment: Text.AlignLeft  // mirrored with the layout, whatever the script
                text: screen.speech ? screen.speech.speaker : ""
                color: Theme.gold
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontPx(36)
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "speechRole"
                width: parent.width
                horizontalAlignment: Text.AlignLeft
                topPadding: -Theme.px(14)
                visible: text !== ""
                text: screen.speech ? screen.speech.role : ""
                color: Theme.textSoft
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontPx(30)
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "speechTitle"
                width: parent.width
                horizontalAlignment: Text.AlignLeft
                topPadding: Theme.px(8)
                text: screen.speech ? screen.speech.title : ""
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontPx(56)
                font.bold: true
                wrapMode: Text.WordWrap
                // Fixed, as the text's: a Latin title in the Arabic font would get that font's gap.
                lineHeightMode: Text.FixedHeight
                lineHeight: Math.round(font.pixelSize * 1.4)
            }
            // What the text is: visitors must not take an excerpt or a summary for the whole speech.
            Item {
                width: parent.width
                height: kind.height
                visible: screen.speech !== null && screen.speech.kind !== "full"
                Rectangle {
                    id: kind
                    anchors.left: parent.left
                    width: kindText.implicitWidth + Theme.px(32)
                    height: kindText.implicitHeight + Theme.px(12)
                    radius: height / 2
                    color: "transparent"
                    border.color: Theme.gold
                    border.width: Math.max(2, Theme.px(2))
                    Text {
                        id: kindText
                        objectName: "speechKind"
                        anchors.centerIn: parent
                        text: screen.speech && screen.speech.kind === "excerpt" ? qsTr("Excerpt") : qsTr("Summary")
                        color: Theme.gold
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.meta
                        font.bold: true
                        font.letterSpacing: Theme.tracking(2)
                        font.capitalization: Font.AllUppercase
                    }
                }
            }
            // Where the players sit when stacked under the title (portrait); empty beside it.
            Item {
                id: slot
                width: parent.width
                height: screen.sideBySide ? 0 : stage.height
                visible: screen.hasPlayer && !screen.sideBySide
            }
            Note {
                objectName: "pdfMissing"
                visible: screen.speech !== null && screen.speech.pdf !== "" && !screen.content.mediaPdf
                text: qsTr("This speech's document cannot be shown on this kiosk.")
            }
            Note {
                objectName: "videoMissing"
                visible: screen.speech !== null && screen.speech.video !== "" && !screen.content.mediaVideo
                text: qsTr("This speech's video cannot be shown on this kiosk.")
            }
            Repeater {
                model: screen.speech ? screen.speech.paragraphs : []
                delegate: Text {
                    required property string modelData
                    required property int index
                    objectName: "speechParagraph_" + index
                    width: column.width
                    horizontalAlignment: Text.AlignLeft
                    text: modelData
                    textFormat: screen.speech.markdown ? Text.MarkdownText : Text.PlainText
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: screen.readingSize
                    wrapMode: Text.WordWrap
                    // Fixed rather than proportional for plain text: the Arabic font's own line gap
                    // would double the space between lines. Markdown's headings need proportional.
                    lineHeightMode: screen.speech.markdown ? Text.ProportionalHeight : Text.FixedHeight
                    lineHeight: screen.speech.markdown ? 1.1 : Math.round(font.pixelSize * 1.5)
                    // A Markdown heading sits nearer the text it heads than the text before it.
                    topPadding: screen.speech.markdown && index > 0 && /^ {0,3}#/.test(modelData) ? Theme.px(28) : 0
                }
            }
            Note {
                visible: screen.speech !== null && screen.speech.paragraphs.length === 0
                         && screen.speech.pdf === "" && screen.speech.video === ""
                text: qsTr("The text of this speech is not part of this exhibition.")
            }
        }
    }
    ScrollHint {
        flickable: reading
    }

    // The players: beside the title and text in landscape, fixed while the text scrolls, as large
    // as the screen allows; in portrait in the column's slot under the title, scrolling with it.
    Item {
        id: stage
        readonly property bool both: screen.showsPdf && screen.showsVideo
        // Beside the text, the whole height under the bar (a take-away card sits under the text).
        // Under the title, what is left of the visible reading area below the slot, less the
        // reading area's padding, so that the controls show without scrolling; text follows below.
        readonly property real room: screen.sideBySide ? screen.height - reading.y - Theme.px(16) - Theme.px(48)
                                                       : Math.max(Theme.px(360), reading.height - Theme.px(16) - slot.y - Theme.px(96))
        // Both a document and a film: side by side in landscape (the page takes two fifths, as a
        // portrait page needs less width), one under the other in portrait, scrolling with the text.
        readonly property real pdfWidth: both && screen.sideBySide ? Math.round((width - Theme.gutter) * 0.4) : width
        readonly property real videoWidth: both && screen.sideBySide ? width - pdfWidth - Theme.gutter : width
        // The film's picture at 16:9 and its control bar, or less where there is less room.
        readonly property real videoHeight: Math.min(Math.round(videoWidth * 9 / 16) + Theme.touch + 2 * Theme.gutter, room)
        parent: screen.sideBySide ? screen : slot
        x: screen.sideBySide ? screen.startX(Theme.margin + screen.measure + Theme.margin, width) : 0
        y: screen.sideBySide ? reading.y + Theme.px(16) : 0
        width: screen.sideBySide ? screen.width - 3 * Theme.margin - screen.measure : slot.width
        height: !screen.hasPlayer ? 0 : screen.sideBySide ? room
                : (pdfLoader.active ? room : 0) + (both ? Theme.gutter : 0) + (videoLoader.active ? videoHeight : 0)

        Loader {
            id: pdfLoader
            objectName: "pdfLoader"
            // Mirrored by hand, as the film's: a Loader placed by x is not moved by the layout's mirroring.
            x: stage.both && screen.sideBySide && LayoutMirroring.enabled ? stage.videoWidth + Theme.gutter : 0
            width: stage.pdfWidth
            height: active ? stage.room : 0
            active: screen.showsPdf
            Component.onCompleted: if (active) setSource("PdfView.qml", {source: screen.speech.pdf})
        }
        Loader {
            id: videoLoader
            objectName: "videoLoader"
            x: stage.both && screen.sideBySide && !LayoutMirroring.enabled ? stage.pdfWidth + Theme.gutter : 0
            // Beside the page, level with its middle; under it in portrait.
            y: !stage.both ? 0 : screen.sideBySide ? Math.round((stage.room - height) / 2) : pdfLoader.height + Theme.gutter
            width: stage.videoWidth
            height: active ? (screen.sideBySide && !stage.both ? stage.room : stage.videoHeight) : 0
            active: screen.showsVideo
            Component.onCompleted: if (active) setSource("VideoView.qml", {source: screen.speech.video, frames: screen.content.videoFrames})
        }
    }

    // A fade at the foot of the text while there is more to read: visitors see the text goes on.
    Rectangle {
        objectName: "moreSpeech"
        x: screen.sideBySide ? column.x : 0  // over the text only, never over a player beside it
        y: reading.y + reading.height - height
        width: screen.sideBySide ? column.width : parent.width
        height: Theme.px(120)
        visible: reading.contentY + reading.height < reading.contentHeight - 1
        gradient: Gradient {
            GradientStop { position: 0.0; color: "transparent" }
            GradientStop { position: 1.0; color: Theme.navy }
        }
    }

    TakeAway {
        id: takeAway
        objectName: "speechTakeAway"
        link: screen.speech ? screen.speech.link : null
        stacked: screen.cardBeside  // its code above its words beside the text; beside them elsewhere
        // Whole pixels keep the code sharp.
        x: Math.round(screen.cardBeside ? screen.startX(screen.groupStart + screen.measure + 2 * Theme.gutter, width)
                                        : screen.startX(Theme.margin, width))
        y: screen.cardBeside ? bar.height + Theme.px(16) : screen.height - height - Theme.px(56)
        // Beside a player it stays in the text's column (the accessibility mode's larger card covered the player).
        width: Math.min(implicitWidth, screen.sideBySide ? screen.measure : screen.width - 2 * Theme.margin)
    }

    // A note in place of what cannot be shown: in the screens' own colours, never an error box.
    component Note: Rectangle {
        property alias text: noteText.text
        width: parent ? parent.width : 0
        height: noteText.implicitHeight + Theme.px(48)
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.outline
        border.width: Theme.highContrast ? 2 : 0
        Rectangle {
            anchors.left: parent.left
            width: Theme.px(6)
            height: parent.height
            radius: width / 2
            color: Theme.gold
        }
        Text {
            id: noteText
            anchors.left: parent.left
            anchors.leftMargin: Theme.px(32)
            anchors.right: parent.right
            anchors.rightMargin: Theme.px(28)
            anchors.verticalCenter: parent.verticalCenter
            horizontalAlignment: Text.AlignLeft
            color: Theme.textSoft
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            wrapMode: Text.WordWrap
            lineHeight: 1.3
        }
    }
}
