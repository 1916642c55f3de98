pragma ComponentBehavior: Bound
import QtQuick

// The panels as a touch grid with kinetic scrolling: a photo, the panel's number, title and
// summary; the exhibition's introduction beside them (above them in portrait).
Item {
    id: screen

    required property ExhibitionViewModel content
    required property Navigator navigator
    required property Slideshow slideshow
    required property Preferences preferences

    TopBar {
        id: bar
        width: parent.width
        z: 1
        preferences: screen.preferences
        overline: screen.content.title
        title: screen.content.labels.panels || qsTr("Panels")
        onHome: screen.navigator.home()
        onBack: screen.navigator.back()
    }

    // The exhibition's introduction opens the panels, as the first wall text opens a hall. In
    // landscape it stands beside them, so that a visitor coming back to the panels finds them at
    // once; it scrolls by itself where it is long.
    readonly property bool introBeside: !Theme.portrait && screen.content.introduction.length > 0
    Component {
        id: introduction
        Column {
            objectName: "introduction"
            width: parent ? parent.width : 0
            bottomPadding: screen.introBeside ? Theme.px(48) : Theme.px(40)
            spacing: Theme.px(16)
            Repeater {
                model: screen.content.introduction
                delegate: KioskText {
                    required property string modelData
                    required property int index
                    x: screen.introBeside ? 0 : Theme.gutter / 2
                    width: Math.min(parent.width - 2 * x, Theme.fontPx(1100))
                    text: modelData
                    color: index === 0 ? Theme.text : Theme.textSoft
                    font.pixelSize: index === 0 ? Theme.fontPx(30) : Theme.fontPx(26)
                    leading: 1.35
                }
            }
        }
    }
    Flickable {
        id: introColumn
        visible: screen.introBeside
        anchors.top: bar.bottom
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        // As wide as a panel's card at 1080p: a reading measure of some forty characters.
        width: visible ? Math.max(Theme.fontPx(400), (parent.width - 2 * Theme.margin) / 4) : 0
        contentHeight: introLoader.height
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        Loader {
            id: introLoader
            width: introColumn.width - Theme.px(24)  // clear of the scroll bar
            active: screen.introBeside
            sourceComponent: introduction
        }
    }
    ScrollHint {
        flickable: introColumn
    }

    GridView {
        id: grid
        objectName: "panelsGrid"
        anchors.top: bar.bottom
        anchors.bottom: parent.bottom
        anchors.left: introColumn.visible ? introColumn.right : parent.left
        anchors.right: parent.right
        anchors.leftMargin: introColumn.visible ? Theme.gutter : Theme.margin - Theme.gutter / 2
        anchors.rightMargin: Theme.margin - Theme.gutter / 2
        clip: true
        model: screen.content.panels
        // Four across at most; fewer as the type grows (the accessibility mode), one at the least.
        readonly property int columns: Math.max(1, Math.min(4, Math.floor(width / Theme.fontPx(400))))
        // Every card as tall as the longest title the check allows needs (limits.py), so that
        // rows line up and no title is cut: the photo, the panel's number, and the title's lines.
        readonly property real cardWidth: cellWidth - Theme.gutter
        readonly property real thumbHeight: Math.round(cardWidth * 0.42)
        cellWidth: width / columns
        cellHeight: thumbHeight + Theme.px(6) + Theme.px(24) + numberLine.lineSpacing + Theme.px(10)
                    + titleLine.lineSpacing * screen.content.lines["panel.title"] * 1.1 + Theme.px(10)
                    + summaryLine.lineSpacing * screen.content.lines["panel.summary"] + Theme.px(24) + Theme.gutter
        boundsBehavior: Flickable.StopAtBounds
        bottomMargin: Theme.px(48)

        // In portrait the introduction heads the panels and scrolls away with them.
        header: screen.introBeside ? null : introduction

        FontMetrics {
            id: titleLine
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontPx(32)
            font.bold: true
        }
        FontMetrics {
            id: numberLine
            font.family: Theme.fontFamily
            font.pixelSize: Theme.meta
        }
        FontMetrics {
            id: summaryLine
            font.family: Theme.fontFamily
            font.pixelSize: Theme.meta
        }

        delegate: Item {
            id: cell
            required property PanelData modelData
            required property int index
            width: grid.cellWidth
            height: grid.cellHeight

            Rectangle {
                id: card
                objectName: "panelTile_" + cell.index
                anchors.fill: parent
                anchors.margins: Theme.gutter / 2
                radius: Theme.radius
                color: tap.pressed ? Theme.surfacePressed : Theme.surface
                clip: true
                scale: tap.pressed ? 0.98 : 1.0
                Behavior on scale { NumberAnimation { duration: 80 } }
                Accessible.role: Accessible.Button
                Accessible.name: cell.modelData.title
                Accessible.description: cell.modelData.summary

                PhotoView {
                    id: thumb
                    width: parent.width
                    height: grid.thumbHeight
                    backdrop: false
                    source: cell.modelData.photos.length ? cell.modelData.photos[0].source : ""
                    caption: cell.modelData.photos.length ? cell.modelData.photos[0].alt : ""
                    // Cropping is fine for a tile; the photo is shown whole on the panel page.
                    fillMode: Image.PreserveAspectCrop
                }
                Rectangle {
                    y: thumb.height
                    width: parent.width
                    height: Theme.px(6)
                    color: cell.modelData.accent !== "" ? cell.modelData.accent : Theme.gold
                }
                Column {
                    anchors.top: thumb.bottom
                    anchors.topMargin: Theme.px(24)
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.margins: Theme.px(24)
                    spacing: Theme.px(10)
                    KioskText {
                        width: parent.width
                        text: qsTr("%1 %2", "the word for a panel, then its number")
                              .arg(screen.content.labels.panel || qsTr("Panel")).arg(Theme.number(cell.modelData.number))
                        color: Theme.gold
                        font.pixelSize: Theme.meta
                        font.bold: true
                        font.letterSpacing: Theme.tracking(3)
                        font.capitalization: Font.AllUppercase
                    }
                    KioskText {
                        width: parent.width
                        text: cell.modelData.title
                        font.pixelSize: Theme.fontPx(32)
                        font.bold: true
                        leading: 1.1
                        lines: screen.content.lines["panel.title"]
                        smallest: Theme.meta
                    }
                    // What the panel is about, so that a visitor chooses by more than a title.
                    KioskText {
                        objectName: "panelSummary_" + cell.index
                        width: parent.width
                        text: cell.modelData.summary
                        color: Theme.muted
                        font.pixelSize: Theme.meta
                        lines: screen.content.lines["panel.summary"]
                        smallest: Theme.fontPx(20)
                    }
                }
                TapHandler {
                    id: tap
                    gesturePolicy: TapHandler.ReleaseWithinBounds
                    onTapped: screen.navigator.showPanel(cell.index)
                }
            }
        }
    }
    ScrollHint {
        flickable: grid
    }
}
