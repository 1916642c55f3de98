import QtQuick

// A take-away link: its QR code on a white card with the label beside it, for visitors to open
// the page on their own phones (the kiosk itself never opens it). The code is drawn by
// image://qr at exactly the size shown, every module a whole number of pixels, with its quiet
// zone: shown unscaled and unsmoothed, it stays sharp at any window size. Phone cameras want dark
// modules on light, so the card is white in every palette.
Rectangle {
    id: card

    // {url, label, address, code} from the view-model; an empty url hides the card.
    property LinkData link: null
    // At least ~180 px at 1080p for a phone to read it from half a metre.
    property int codeSize: Theme.px(240)
    // The widest the label may run before it wraps.
    property real textWidth: Theme.px(460)
    // The label under the code rather than beside it, for narrow places.
    property bool stacked: false
    readonly property bool settled: !visible || code.status !== Image.Loading
    readonly property int pad: Theme.px(8)
    readonly property bool mirrored: LayoutMirroring.enabled

    visible: link !== null && link.url !== ""
    // Whole pixels, so that the code inside lands on whole pixels too (the screens place the card so).
    implicitWidth: Math.ceil(stacked ? Math.max(codeSize + 2 * pad, Math.min(textWidth, words.naturalWidth) + 2 * Theme.px(16))
                                     : codeSize + 2 * pad + Theme.px(8) + Math.min(textWidth, words.naturalWidth) + Theme.px(28))
    implicitHeight: Math.ceil(stacked ? codeSize + pad + Theme.px(4) + words.implicitHeight + Theme.px(24)
                                      : Math.max(codeSize, words.implicitHeight) + 2 * pad)
    radius: Theme.radius
    color: Theme.paper

    Accessible.role: Accessible.StaticText
    Accessible.name: card.visible ? card.link.label + ", " + card.link.address : ""
    Accessible.description: qsTr("A QR code to open this page on your phone")

    Image {
        id: code
        objectName: "takeAwayCode"
        // Positioned rather than anchored, so that one binding serves both layouts; the code is at
        // the reading start (the right in Arabic).
        x: card.stacked ? Math.round((card.width - width) / 2) : card.mirrored ? card.width - card.pad - width : card.pad
        y: card.stacked ? card.pad : Math.round((card.height - height) / 2)
        width: card.codeSize
        height: card.codeSize
        // The provider draws at this size: the code is never scaled on screen.
        sourceSize: Qt.size(card.codeSize, card.codeSize)
        source: card.visible ? card.link.code : ""
        fillMode: Image.Pad
        smooth: false
        mipmap: false
    }

    Column {
        id: words
        // The longest line unwrapped, so that a short label makes a narrow card.
        readonly property real naturalWidth: Math.max(label.implicitWidth, scan.implicitWidth, address.implicitWidth)
        readonly property real inset: card.stacked ? Theme.px(16) : card.pad + card.codeSize + Theme.px(8)
        readonly property real outset: card.stacked ? Theme.px(16) : Theme.px(28)
        x: card.mirrored ? outset : inset
        y: card.stacked ? code.y + code.height + Theme.px(4) : Math.round((card.height - height) / 2)
        width: card.width - inset - outset
        spacing: Theme.px(8)

        KioskText {
            id: label
            objectName: "takeAwayLabel"
            width: parent.width
            text: card.visible ? card.link.label : ""
            color: Theme.ink
            font.pixelSize: Theme.body
            font.bold: true
            leading: 0.92
            lines: 3  // link.label in kiosk/content/limits.py
            smallest: Theme.meta
        }
        KioskText {
            id: scan
            width: parent.width
            text: qsTr("Scan with your phone's camera")
            color: Theme.inkSoft
            font.pixelSize: Theme.meta
        }
        KioskText {
            id: address
            objectName: "takeAwayAddress"
            width: parent.width
            text: card.visible ? card.link.address : ""
            color: Theme.inkSoft
            font.pixelSize: Theme.meta
            // Held to the reading start like the label (mirrored in Arabic), although the address is Latin.
            // Wrapped anywhere rather than shortened: a visitor may want to type it.
            wrapMode: Text.WrapAnywhere
            maximumLineCount: 3
            elide: Text.ElideRight
        }
    }
}
