import QtQuick

// Home and back, in the same corner on every screen, with the screen's title beside them.
Item {
    id: bar

    required property var preferences
    property string overline: ""
    property string title: ""

    signal home
    signal back

    // Tall enough for the overline and title at any text size.
    implicitHeight: Math.max(Theme.touch, titles.implicitHeight) + Theme.px(48)

    Row {
        id: buttons
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
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
        anchors.left: buttons.right
        anchors.leftMargin: Theme.px(40)
        anchors.right: corner.left
        anchors.rightMargin: Theme.px(24)
        anchors.verticalCenter: parent.verticalCenter

        Text {
            width: parent.width
            text: bar.overline
            visible: text !== ""
            color: Theme.gold
            font.family: Theme.fontFamily
            font.pixelSize: Theme.overline
            font.bold: true
            font.letterSpacing: Theme.tracking(3)
            font.capitalization: Font.AllUppercase
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignLeft  // mirrored with the layout, whatever the script
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignLeft
            text: bar.title
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.subheading
            font.bold: true
            elide: Text.ElideRight
        }
    }

    CornerControls {
        id: corner
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        preferences: bar.preferences
    }
}
