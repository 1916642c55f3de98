pragma ComponentBehavior: Bound
import QtQuick

// The panels as a touch grid with kinetic scrolling: a photo, the panel's number and title.
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
        title: qsTr("Panels")
        onHome: screen.navigator.home()
        onBack: screen.navigator.back()
    }

    GridView {
        id: grid
        objectName: "panelsGrid"
        anchors.top: bar.bottom
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.margin - Theme.gutter / 2
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
                        text: qsTr("Panel %1").arg(Theme.number(cell.modelData.number))
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
