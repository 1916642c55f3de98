import QtQuick

// Home and back, in the same corner on every screen, with the screen's title beside them. In
// portrait there is no room beside them: the titles take a row of their own underneath.
Item {
    id: bar

    required property Preferences preferences
    property string overline: ""
    property string title: ""
    readonly property bool stacked: Theme.portrait

    signal home
    signal back

    // Tall enough for the buttons and the titles at any text size.
    implicitHeight: stacked ? Theme.px(24) + Theme.touch + Theme.px(20) + titles.height + Theme.px(24)
                            : Math.max(Theme.touch, titles.height) + Theme.px(48)

    Row {
        id: buttons
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        y: bar.stacked ? Theme.px(24) : (bar.height - height) / 2
        spacing: Theme.px(16)

        KioskButton {
            objectName: "homeButton"
            icon: "home"
            label: Theme.compact ? "" : qsTr("Home")
            Accessible.name: qsTr("Home")
            onClicked: bar.home()
        }
        KioskButton {
            objectName: "backButton"
            icon: "back"
            label: Theme.compact ? "" : qsTr("Back")
            Accessible.name: qsTr("Back")
            onClicked: bar.back()
        }
    }

    Column {
        id: titles
        // Anchored rather than placed, so that it mirrors in Arabic.
        anchors.left: bar.stacked ? parent.left : buttons.right
        anchors.leftMargin: bar.stacked ? Theme.margin : Theme.px(40)
        anchors.right: bar.stacked ? parent.right : corner.left
        anchors.rightMargin: bar.stacked ? Theme.margin : Theme.px(24)
        y: bar.stacked ? buttons.y + buttons.height + Theme.px(20) : (bar.height - height) / 2

        KioskText {
            width: parent.width
            text: bar.overline
            visible: text !== ""
            color: Theme.gold
            font.pixelSize: Theme.overline
            font.bold: true
            font.letterSpacing: Theme.tracking(3)
            font.capitalization: Font.AllUppercase
            lines: 2
            smallest: Theme.meta
        }
        KioskText {
            width: parent.width
            text: bar.title
            font.pixelSize: Theme.subheading
            font.bold: true
            lines: 2
            smallest: Theme.body
        }
    }

    CornerControls {
        id: corner
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        y: buttons.y + (buttons.height - height) / 2
        preferences: bar.preferences
    }
}
