import QtQuick
import QtQuick.Window

// The kiosk's window. The visitor screens arrive with the screens issue; until then it shows the
// exhibition's theme so that `make run` proves the whole chain: content, fonts, QML.
Window {
    id: window

    required property string title
    required property string subtitle

    width: 1280
    height: 720
    visible: true
    color: "#0A1F3C"

    Column {
        anchors.centerIn: parent
        spacing: 24

        Text {
            text: window.title
            color: "#FFFFFF"
            font.family: "Noto Sans"
            font.pixelSize: 96
            font.bold: true
        }
        Text {
            text: window.subtitle
            color: "#C9D6E8"
            font.family: "Noto Sans"
            font.pixelSize: 36
        }
    }
}
