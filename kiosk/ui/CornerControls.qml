import QtQuick

// The visitor's two choices, in the same corner of every screen: the language (named in its
// own script) and the accessibility mode.
Row {
    id: corner

    required property Preferences preferences
    property color tint: Theme.surface

    spacing: Theme.px(16)
    layoutDirection: Qt.LeftToRight

    KioskButton {
        objectName: "languageButton"
        icon: "globe"
        label: corner.preferences.choices.length > 1 ? corner.nameOf(corner.preferences.language) : ""
        visible: corner.preferences.choices.length > 1
        tint: corner.tint
        Accessible.name: qsTr("Language")
        description: qsTr("Choose the language of the exhibition")
        onClicked: corner.preferences.pick()
    }
    KioskButton {
        objectName: "accessibilityButton"
        icon: "access"
        tint: corner.preferences.accessible ? Theme.gold : corner.tint
        foreground: corner.preferences.accessible ? Theme.inkOnGold : Theme.text
        Accessible.name: qsTr("Accessibility")
        description: corner.preferences.accessible
                                ? qsTr("Larger text and high contrast are on; touch to turn them off")
                                : qsTr("Larger text, high contrast, less motion and more time")
        Accessible.checkable: true
        Accessible.checked: corner.preferences.accessible
        onClicked: corner.preferences.toggleAccessible()
    }

    function nameOf(code: string): string {
        const match = preferences.choices.find(choice => choice.code === code);
        return match ? match.name : code;
    }
}
