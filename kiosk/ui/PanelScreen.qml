pragma ComponentBehavior: Bound
import QtQuick

// One panel: its title, summary, body and speeches, and its photos as a swipeable strip.
// Tapping a photo opens the slideshow at that photo.
Item {
    id: screen

    required property var content
    required property var navigator
    required property var slideshow
    required property var preferences

    readonly property var panel: navigator.panel >= 0 && navigator.panel < content.panels.length
                                 ? content.panels[navigator.panel] : null
    readonly property var photos: panel ? panel.photos : []
    readonly property color accent: panel && panel.accent !== "" ? panel.accent : Theme.gold

    // Positions measured from the reading start: the left, or the right in right-to-left.
    function startX(x: real, w: real): real {
        return LayoutMirroring.enabled ? width - x - w : x;
    }

    function openPhoto(photo: var, index: int): void {
        if (photo.slide >= 0)
            screen.slideshow.start(photo.slide);
        screen.navigator.show("slideshow");
    }

    TopBar {
        id: bar
        width: parent.width
        z: 1
        preferences: screen.preferences
        overline: screen.panel ? qsTr("Panel %1 of %2").arg(Theme.number(screen.panel.number))
                                .arg(Theme.number(screen.content.panels.length)) : ""
        title: screen.content.title
        onHome: screen.navigator.home()
        onBack: screen.navigator.back()
    }

    // Text column: left in landscape, below the photos in portrait.
    Flickable {
        id: text
        objectName: "panelText"
        x: screen.startX(Theme.margin, width)
        y: Theme.portrait ? strip.y + strip.height + Theme.px(32) : bar.height
        width: Theme.portrait ? parent.width - 2 * Theme.margin : parent.width * 0.46 - Theme.margin
        // In portrait the take-away card sits under the text.
        height: parent.height - y - (Theme.portrait && takeAway.visible ? takeAway.height + Theme.px(88) : 0)
        contentHeight: column.height + Theme.px(64)
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: column
            width: text.width
            spacing: Theme.px(24)

            Rectangle {
                width: Theme.px(80)
                height: Theme.px(6)
                color: screen.accent
            }
            Text {
                objectName: "panelTitle"
                width: parent.width
                text: screen.panel ? screen.panel.title : ""
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.heading
                font.bold: true
                wrapMode: Text.WordWrap
                lineHeight: 1.05
            }
            Text {
                width: parent.width
                text: screen.panel ? screen.panel.summary : ""
                color: Theme.textSoft
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontPx(36)
                wrapMode: Text.WordWrap
                lineHeight: 1.3
            }
            Repeater {
                model: screen.panel ? screen.panel.body : []
                delegate: Text {
                    required property string modelData
                    width: column.width
                    text: modelData
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.body
                    wrapMode: Text.WordWrap
                    lineHeight: 1.4
                }
            }
            Text {
                visible: screen.panel !== null && screen.panel.speeches.length > 0
                topPadding: Theme.px(16)
                text: qsTr("Speeches")
                color: Theme.gold
                font.family: Theme.fontFamily
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
                    required property var modelData
                    required property int index
                    objectName: "speech_" + index
                    width: column.width
                    height: Math.max(Theme.touch, speechText.implicitHeight + Theme.px(48))
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
                        spacing: Theme.px(6)
                        Text {
                            width: parent.width
                            text: speech.modelData.title
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.body
                            font.bold: true
                            wrapMode: Text.WordWrap
                        }
                        Text {
                            width: parent.width
                            text: speech.modelData.speaker + (speech.modelData.role !== "" ? ", " + speech.modelData.role : "")
                            color: Theme.textSoft
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.meta
                            wrapMode: Text.WordWrap
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
    }

    // A fade at the foot of the text while there is more to scroll: visitors see the text goes on.
    Rectangle {
        objectName: "moreText"
        x: text.x
        y: text.y + text.height - height
        width: text.width
        height: Theme.px(120)
        visible: text.contentY + text.height < text.contentHeight - 1
        gradient: Gradient {
            GradientStop { position: 0.0; color: "transparent" }
            GradientStop { position: 1.0; color: Theme.navy }
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
        height: Theme.portrait ? parent.height * 0.38
                               : parent.height - y - Theme.px(56) - (takeAway.visible ? takeAway.height + Theme.gutter : 0)
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        spacing: Theme.gutter
        model: screen.photos
        visible: screen.photos.length > 0

        delegate: Item {
            id: slot
            required property var modelData
            required property int index
            width: strip.width
            height: strip.height

            PhotoView {
                id: photo
                objectName: "panelPhoto_" + slot.index
                width: parent.width
                height: parent.height - captionBox.height
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
                spacing: Theme.px(4)
                Text {
                    width: parent.width
                    text: slot.modelData.caption
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.meta
                    wrapMode: Text.WordWrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                }
                Text {
                    width: parent.width
                    text: slot.modelData.credit + "   ·   " + Theme.number(slot.index + 1) + " / " + Theme.number(screen.photos.length)
                    color: Theme.muted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.meta
                    elide: Text.ElideRight
                }
            }
        }
    }

    // The panel's take-away link, at the foot of the photo column (of the screen in portrait),
    // where it covers no text and stays in view while the text scrolls.
    TakeAway {
        id: takeAway
        objectName: "panelTakeAway"
        link: screen.panel ? screen.panel.link : null
        x: Math.round(screen.startX(strip.start, width))  // whole pixels keep the code sharp
        y: parent.height - height - Theme.px(56)
        width: Math.min(implicitWidth, parent.width - strip.start - Theme.margin)
    }
}
