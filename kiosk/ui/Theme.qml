pragma Singleton
import QtQuick

// The visual language (docs: shared VISUAL.md): palette, type scale and spacing at 1920x1080,
// multiplied by `scale`, which the window sets from its size.
QtObject {
    property real scale: 1.0
    property bool portrait: false
    // Multiplies every duration: 1 normally, 0 for instant transitions (previews).
    property real motion: 1.0

    readonly property color navy: "#0A1F3C"
    readonly property color surface: "#13315C"
    readonly property color surfacePressed: "#1D4275"
    readonly property color text: "#FFFFFF"
    readonly property color textSoft: "#C9D6E8"
    readonly property color muted: "#8FA3BF"
    readonly property color gold: "#E0B84B"
    readonly property color red: "#CE1126"
    readonly property color scrim: "#000000"

    readonly property string fontFamily: "Noto Sans"

    function px(value: real): int {
        return Math.round(value * scale);
    }

    readonly property int display: px(112)
    readonly property int heading: px(64)
    readonly property int subheading: px(40)
    readonly property int body: px(32)
    readonly property int overline: px(28)
    readonly property int meta: px(24)

    readonly property int margin: px(64)
    readonly property int gutter: px(32)
    readonly property int unit: px(8)
    readonly property int touch: px(88)      // buttons; never under the 72 px minimum
    readonly property int radius: px(16)

    readonly property int navDuration: Math.round(250 * motion)
    readonly property int crossfade: Math.round(800 * motion)
    readonly property int controlsTimeout: 4000
}
