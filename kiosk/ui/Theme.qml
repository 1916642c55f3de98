pragma Singleton
import QtQuick

// The visual language (docs: shared VISUAL.md): palette, type scale and spacing at 1920x1080,
// multiplied by `scale`, which the window sets from its size. The accessibility mode sets
// `textScale` (larger type that reflows) and `highContrast` (black, white and yellow).
QtObject {
    property real scale: 1.0
    property bool portrait: false
    // Multiplies every duration: 1 normally, small for reduced motion, 0 for previews.
    property real motion: 1.0
    property real textScale: 1.0
    property bool highContrast: false
    property string language: "en"
    // Burn-in care: the offset, a few pixels at most, that the window moves static bright
    // elements by every few minutes (the home screen's text and buttons, the closed card).
    property int driftX: 0
    property int driftY: 0

    readonly property color navy: highContrast ? "#000000" : "#0A1F3C"
    readonly property color surface: highContrast ? "#000000" : "#13315C"
    readonly property color surfacePressed: highContrast ? "#333333" : "#1D4275"
    readonly property color text: "#FFFFFF"
    readonly property color textSoft: highContrast ? "#FFFFFF" : "#C9D6E8"
    readonly property color muted: highContrast ? "#FFFFFF" : "#8FA3BF"
    readonly property color gold: highContrast ? "#FFD400" : "#E0B84B"
    readonly property color red: highContrast ? "#FFD400" : "#CE1126"
    // Text drawn on a gold or red control. (Not "onGold": QML takes on<Name> for a signal handler.)
    readonly property color inkOnGold: highContrast ? "#000000" : "#0A1F3C"
    readonly property color inkOnRed: highContrast ? "#000000" : "#FFFFFF"
    // High contrast puts a border on every control instead of relying on fills.
    readonly property color outline: highContrast ? "#FFFFFF" : "transparent"
    readonly property color scrim: "#000000"
    // A take-away QR code's card: phone cameras want dark modules on white, whatever the theme.
    readonly property color paper: "#FFFFFF"
    readonly property color ink: highContrast ? "#000000" : "#0A1F3C"
    readonly property color inkSoft: highContrast ? "#000000" : "#43536B"

    // In portrait there is too little width for words on the buttons beside a title: they show
    // their icons only (their accessible names still say what they do).
    readonly property bool compact: portrait
    readonly property string fontFamily: language === "ar" ? "Noto Sans Arabic UI" : "Noto Sans"

    function px(value: real): int {
        return Math.round(value * scale);
    }
    // A font size: scaled with the window and, in the accessibility mode, enlarged.
    function fontPx(value: real): int {
        return Math.round(value * scale * textScale);
    }

    // Letter spacing, except in Arabic, where spaced letters would break the script's joins.
    function tracking(value: real): real {
        return language === "ar" ? 0 : px(value);
    }

    // A whole number in the visitor's language: "3 / 14", or "٣ / ١٤" in Arabic.
    function number(value: int): string {
        return Number(value).toLocaleString(Qt.locale(language), "f", 0);
    }

    readonly property int display: fontPx(112)
    readonly property int heading: fontPx(64)
    readonly property int subheading: fontPx(40)
    readonly property int body: fontPx(32)
    readonly property int overline: fontPx(28)
    readonly property int meta: fontPx(24)

    readonly property int margin: px(64)
    readonly property int gutter: px(32)
    readonly property int unit: px(8)
    readonly property int touch: px(88)      // buttons; never under the 72 px minimum
    readonly property int radius: px(16)

    readonly property int navDuration: Math.round(250 * motion)
    readonly property int crossfade: Math.round(800 * motion)
    readonly property int controlsTimeout: 4000
}
