import QtQuick

// Line icons drawn with Canvas: no icon font to bundle, no glyph that could fall back to a box,
// and Canvas paints with the software renderer too.
Canvas {
    id: icon

    property string name: "home"
    property color color: Theme.text
    property real stroke: Math.max(2, width / 12)
    // False from a change until the next paint: previews wait for it.
    property bool settled: false

    // Arrows point the way the reading goes: in right-to-left layouts they flip.
    readonly property bool directional: name === "back" || name === "next"

    implicitWidth: Theme.px(40)
    transform: Scale {
        origin.x: icon.width / 2
        xScale: icon.directional && icon.LayoutMirroring.enabled ? -1 : 1
    }
    implicitHeight: implicitWidth
    onNameChanged: repaint()
    onColorChanged: repaint()
    onWidthChanged: repaint()
    onPainted: settled = true

    function repaint(): void {
        settled = false;
        requestPaint();
    }

    onPaint: {
        const c = getContext("2d");
        const w = width, h = height;
        c.reset();
        c.strokeStyle = icon.color;
        c.fillStyle = icon.color;
        c.lineWidth = icon.stroke;
        c.lineCap = "round";
        c.lineJoin = "round";
        c.beginPath();
        switch (icon.name) {
        case "home":
            c.moveTo(w * 0.12, h * 0.48); c.lineTo(w * 0.5, h * 0.14); c.lineTo(w * 0.88, h * 0.48);
            c.moveTo(w * 0.24, h * 0.40); c.lineTo(w * 0.24, h * 0.86); c.lineTo(w * 0.76, h * 0.86);
            c.lineTo(w * 0.76, h * 0.40);
            c.stroke();
            break;
        case "back":
            c.moveTo(w * 0.62, h * 0.16); c.lineTo(w * 0.30, h * 0.5); c.lineTo(w * 0.62, h * 0.84);
            c.stroke();
            break;
        case "next":
            c.moveTo(w * 0.38, h * 0.16); c.lineTo(w * 0.70, h * 0.5); c.lineTo(w * 0.38, h * 0.84);
            c.stroke();
            break;
        case "close":
            c.moveTo(w * 0.2, h * 0.2); c.lineTo(w * 0.8, h * 0.8);
            c.moveTo(w * 0.8, h * 0.2); c.lineTo(w * 0.2, h * 0.8);
            c.stroke();
            break;
        case "play":
            c.moveTo(w * 0.28, h * 0.16); c.lineTo(w * 0.84, h * 0.5); c.lineTo(w * 0.28, h * 0.84);
            c.closePath();
            c.fill();
            break;
        case "pause":
            c.fillRect(w * 0.22, h * 0.16, w * 0.18, h * 0.68);
            c.fillRect(w * 0.60, h * 0.16, w * 0.18, h * 0.68);
            break;
        case "panels":
            for (let r = 0; r < 2; ++r)
                for (let k = 0; k < 2; ++k)
                    c.rect(w * (0.12 + k * 0.42), h * (0.12 + r * 0.42), w * 0.34, h * 0.34);
            c.stroke();
            break;
        case "photos":
            c.rect(w * 0.1, h * 0.2, w * 0.8, h * 0.6);
            c.moveTo(w * 0.1, h * 0.72); c.lineTo(w * 0.38, h * 0.46); c.lineTo(w * 0.58, h * 0.64);
            c.lineTo(w * 0.7, h * 0.54); c.lineTo(w * 0.9, h * 0.72);
            c.stroke();
            break;
        case "globe":
            c.arc(w * 0.5, h * 0.5, w * 0.4, 0, 2 * Math.PI);
            c.moveTo(w * 0.1, h * 0.5); c.lineTo(w * 0.9, h * 0.5);
            c.moveTo(w * 0.5, h * 0.1);
            c.bezierCurveTo(w * 0.25, h * 0.3, w * 0.25, h * 0.7, w * 0.5, h * 0.9);
            c.moveTo(w * 0.5, h * 0.1);
            c.bezierCurveTo(w * 0.75, h * 0.3, w * 0.75, h * 0.7, w * 0.5, h * 0.9);
            c.stroke();
            break;
        case "access":
            c.arc(w * 0.5, h * 0.16, w * 0.09, 0, 2 * Math.PI);
            c.fill();
            c.beginPath();
            c.moveTo(w * 0.14, h * 0.34); c.lineTo(w * 0.86, h * 0.34);
            c.moveTo(w * 0.5, h * 0.34); c.lineTo(w * 0.5, h * 0.6);
            c.lineTo(w * 0.3, h * 0.9);
            c.moveTo(w * 0.5, h * 0.6); c.lineTo(w * 0.7, h * 0.9);
            c.stroke();
            break;
        case "timeline":
            c.moveTo(w * 0.08, h * 0.5); c.lineTo(w * 0.92, h * 0.5);
            c.stroke();
            for (let k = 0; k < 3; ++k) {
                c.beginPath();
                c.arc(w * (0.2 + k * 0.3), h * 0.5, w * 0.08, 0, 2 * Math.PI);
                c.fill();
            }
            break;
        case "sound":
        case "muted":
            // A loudspeaker, then sound waves or, muted, a cross.
            c.moveTo(w * 0.10, h * 0.38); c.lineTo(w * 0.26, h * 0.38); c.lineTo(w * 0.48, h * 0.16);
            c.lineTo(w * 0.48, h * 0.84); c.lineTo(w * 0.26, h * 0.62); c.lineTo(w * 0.10, h * 0.62);
            c.closePath();
            c.fill();
            c.beginPath();
            if (icon.name === "muted") {
                c.moveTo(w * 0.62, h * 0.36); c.lineTo(w * 0.88, h * 0.64);
                c.moveTo(w * 0.88, h * 0.36); c.lineTo(w * 0.62, h * 0.64);
            } else {
                c.arc(w * 0.48, h * 0.5, w * 0.18, -Math.PI / 4, Math.PI / 4);
                c.moveTo(w * 0.48 + w * 0.36 * Math.cos(Math.PI / 4), h * 0.5 - w * 0.36 * Math.sin(Math.PI / 4));
                c.arc(w * 0.48, h * 0.5, w * 0.36, -Math.PI / 4, Math.PI / 4);
            }
            c.stroke();
            break;
        }
    }
}
