pragma ComponentBehavior: Bound
import QtQuick

// The language picker: every language the content offers, each named in its own script and
// in its own font, as large buttons. Choosing one switches every text at once.
Rectangle {
    id: picker

    required property Preferences preferences

    signal closed

    objectName: "languagePicker"
    color: Qt.rgba(0, 0, 0, 0.85)

    MouseArea {
        anchors.fill: parent
        onClicked: picker.closed()
    }

    Column {
        anchors.centerIn: parent
        spacing: Theme.px(24)

        Repeater {
            model: picker.preferences.choices
            delegate: KioskButton {
                required property LanguageData modelData
                objectName: "language_" + modelData.code
                anchors.horizontalCenter: parent.horizontalCenter
                // Wide enough for the longest name at any text size, and never wider than the window.
                width: Math.min(picker.width - 2 * Theme.margin, Math.max(Theme.px(560), implicitWidth))
                height: Theme.px(112)
                radius: Theme.radius
                label: modelData.name
                tint: modelData.code === picker.preferences.language ? Theme.gold : Theme.surface
                foreground: modelData.code === picker.preferences.language ? Theme.inkOnGold : Theme.text
                fontFamily: modelData.code === "ar" ? "Noto Sans Arabic UI" : "Noto Sans"
                fontSize: Theme.fontPx(44)
                description: qsTr("Show the exhibition in this language")
                onClicked: {
                    picker.preferences.choose(modelData.code);
                    picker.closed();
                }
            }
        }
    }
}
