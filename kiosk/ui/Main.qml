pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Window

// The kiosk's window: it scales the visual language to its size and switches screens. Each
// screen is a file of its own and receives the view-models it needs; none reads a file.
Window {
    id: window

    required property ExhibitionViewModel content
    required property Navigator navigator
    required property Slideshow slideshow
    required property IdleMonitor idle
    required property OpeningHours hours
    required property StaffAccess staff
    required property KioskStatus status
    required property Preferences preferences
    // Set by Kiosk.close(): the screen unloads while the view-models it binds to are alive.
    property bool closing: false
    // 1 for normal motion; 0 makes every transition instant (kiosk preview).
    property real motion: 1.0
    // Lockdown (--kiosk): no frame to grab, above every other window.
    property bool lockdown: false
    // Burn-in care: every driftInterval the home screen's text and buttons (and the closed card)
    // move one pixel further along a small loop, at most 4 px across and 3 px down at 1080p.
    // One pixel every few minutes is too little to see, and no bright edge stays put for hours.
    property int driftInterval: 150000
    property int driftStep: 0

    readonly property bool portrait: height > width

    width: 1280
    height: 720
    flags: lockdown ? Qt.Window | Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint : Qt.Window
    color: Theme.navy
    title: content.title

    Binding {
        target: Theme
        property: "scale"
        value: window.portrait ? window.width / 1080 : Math.min(window.width / 1920, window.height / 1080)
    }
    Binding {
        target: Theme
        property: "portrait"
        value: window.portrait
    }
    Binding {
        target: Theme
        property: "motion"
        // Reduced motion in the accessibility mode: no Ken Burns, fades of 120 ms at most.
        value: window.preferences.accessible ? Math.min(window.motion, 0.15) : window.motion
    }
    Binding {
        target: Theme
        property: "textScale"
        value: window.preferences.accessible ? 1.4 : 1.0
    }
    Binding {
        target: Theme
        property: "highContrast"
        value: window.preferences.accessible
    }
    Binding {
        target: Theme
        property: "language"
        value: window.preferences.language
    }

    // Right-to-left languages mirror the whole layout: anchors, rows, lists, text alignment.
    // Asked here rather than in Python: the first Qt.LayoutDirection in Python builds every enum
    // of the Qt namespace, 17 ms of the kiosk's start.
    LayoutMirroring.enabled: Qt.locale(window.preferences.language).textDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    // A triangle wave, one step a drift: 0, 1 ... amplitude ... -amplitude ... 0.
    function wave(step: int, amplitude: int): int {
        const phase = step % (4 * amplitude);
        return phase <= amplitude ? phase : (phase <= 3 * amplitude ? 2 * amplitude - phase : phase - 4 * amplitude);
    }

    Timer {
        objectName: "driftTimer"
        interval: window.driftInterval
        repeat: true
        running: window.motion > 0  // kiosk preview wants still, reproducible screenshots
        onTriggered: window.driftStep += 1
    }
    Binding {
        target: Theme
        property: "driftX"
        value: Theme.px(window.wave(window.driftStep, 4))
    }
    Binding {
        target: Theme
        property: "driftY"
        value: Theme.px(window.wave(window.driftStep, 3))
    }

    // The screens are named in one place, kiosk/ui/navigation.py's SCREENS; each name's file
    // is the name with "Screen.qml" (home: HomeScreen.qml), as kiosk/ui/screens.py's screen_file.
    function screenFile(name: string): string {
        return name.charAt(0).toUpperCase() + name.slice(1) + "Screen.qml";
    }

    function showScreen(): void {
        if (window.hours.dark) {
            stage.source = "";  // outside the opening hours: no screen, so no photo decodes
            return;
        }
        stage.setSource(window.screenFile(navigator.screen), {
            content: window.content,
            navigator: window.navigator,
            slideshow: window.slideshow,
            preferences: window.preferences
        });
        enter.restart();
    }

    Component.onCompleted: showScreen()

    Connections {
        target: window.navigator
        function onChanged(): void { window.showScreen(); }
    }
    Connections {
        target: window.hours
        // Dark: unload the screen. Light: load it, unless attract() has already done so.
        function onDarkChanged(): void {
            if (window.hours.dark || stage.status === Loader.Null)
                window.showScreen();
        }
    }

    Loader {
        id: stage
        objectName: "stage"
        anchors.fill: parent
        active: !window.closing
    }

    ParallelAnimation {
        id: enter
        NumberAnimation {
            target: stage
            property: "opacity"
            from: 0
            to: 1
            duration: Theme.navDuration
            easing.type: Easing.OutCubic
        }
        NumberAnimation {
            target: stage
            property: "y"
            from: Theme.px(24)
            to: 0
            duration: Theme.navDuration
            easing.type: Easing.OutCubic
        }
    }

    Loader {
        objectName: "closedLoader"
        anchors.fill: parent
        active: window.hours.dark
        sourceComponent: ClosedScreen {
            hours: window.hours
            content: window.content
        }
    }

    // A staff-only note when an edited content file was refused: small, in a corner, in the
    // screens' own colours, so visitors read nothing alarming into it. Its texts put what matters
    // first (the file and line, how many files are awaited), so a long one is cut at its end;
    // portrait screens give it the width of their foot and two lines.
    Rectangle {
        objectName: "staffBadge"
        visible: window.status.problem !== ""
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.px(8)
        width: Math.min(badgeText.implicitWidth + Theme.px(32),
                        window.width > window.height ? window.width * 0.45 : window.width - Theme.px(16))
        height: badgeText.implicitHeight + Theme.px(12)
        radius: height / 2
        color: Qt.rgba(0, 0, 0, 0.55)
        Text {
            id: badgeText
            anchors.verticalCenter: parent.verticalCenter
            x: Theme.px(16)
            width: parent.width - Theme.px(32)
            text: window.status.problem
            color: Theme.muted
            font.family: Theme.fontFamily
            font.pixelSize: Math.max(12, Theme.px(18))
            // A second line would reach the home tiles' foot in landscape; portrait has room below them.
            wrapMode: window.width > window.height ? Text.NoWrap : Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }

    Loader {
        objectName: "pickerLoader"
        anchors.fill: parent
        active: window.preferences.picking
        sourceComponent: LanguagePicker {
            preferences: window.preferences
            onClosed: window.preferences.closePicker()
        }
    }

    IdleOverlay {
        anchors.fill: parent
        idle: window.idle
    }

    Loader {
        objectName: "staffLoader"
        anchors.fill: parent
        active: window.status.staffOpen
        sourceComponent: StaffPanel {
            staff: window.staff
            status: window.status
            onClosed: window.status.closeStaff()
        }
    }
}
