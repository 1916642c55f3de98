import QtQuick

// Text in the kiosk's type. Aligned to the reading start whatever its script: a Latin title on an
// Arabic screen sits at the right with the rest (an explicit alignment is what LayoutMirroring
// mirrors).
//
// A text that must keep to a number of lines sets `lines`: its box is at most that many lines of
// its full size, and the type steps down, to `smallest` at most, until the text fits the box.
// Only a text longer than the check allows (kiosk/content/limits.py) still ends in "…".
Text {
    id: words

    // The line spacing, as a multiple of the font's own (both bundled fonts share one line box).
    property real leading: 1.0
    // The most lines at full size (0: as many as the text needs), and the smallest size to step down to.
    property int lines: 0
    property int smallest: Math.round(font.pixelSize * 0.6)

    color: Theme.text
    font.family: Theme.fontFamily
    horizontalAlignment: Text.AlignLeft
    wrapMode: Text.WordWrap
    lineHeight: leading
    // Qt fits wrapped text to a height, not to a line count: the box is given the height of
    // `lines` lines at full size, measured on a hidden copy laid out at full size.
    // Whole pixels, so that what a column stacks under it (a QR code) lands on whole pixels too.
    height: lines > 0 && fullSize.lineCount > lines ? Math.floor(fullSize.implicitHeight * lines / fullSize.lineCount)
                                                     : Math.ceil(implicitHeight)
    fontSizeMode: lines > 0 ? Text.Fit : Text.FixedSize
    minimumPixelSize: Math.max(12, smallest)
    elide: lines > 0 ? Text.ElideRight : Text.ElideNone

    Text {
        id: fullSize
        visible: false
        width: words.width
        text: words.lines > 0 ? words.text : ""
        font: words.font
        wrapMode: words.wrapMode
        lineHeight: words.lineHeight
        lineHeightMode: words.lineHeightMode
    }
}
