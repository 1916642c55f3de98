<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ClosedScreen</name>
    <message>
        <location filename="../ui/ClosedScreen.qml" line="27"/>
        <source>Opens again today at %1</source>
        <translation>Vuelve a abrir hoy a las %1</translation>
    </message>
    <message>
        <location filename="../ui/ClosedScreen.qml" line="29"/>
        <source>Opens again tomorrow at %1</source>
        <translation>Vuelve a abrir mañana a las %1</translation>
    </message>
    <message>
        <location filename="../ui/ClosedScreen.qml" line="30"/>
        <source>Opens again on %1 at %2</source>
        <translation>Vuelve a abrir el %1 a las %2</translation>
    </message>
    <message>
        <location filename="../ui/ClosedScreen.qml" line="91"/>
        <location filename="../ui/ClosedScreen.qml" line="168"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../ui/ClosedScreen.qml" line="110"/>
        <source>Touch the screen to look around meanwhile</source>
        <translation>Toque la pantalla para recorrer la exposición mientras tanto</translation>
    </message>
    <message>
        <location filename="../ui/ClosedScreen.qml" line="140"/>
        <source>Opening hours</source>
        <translation>Horario de apertura</translation>
    </message>
</context>
<context>
    <name>CornerControls</name>
    <message>
        <location filename="../ui/CornerControls.qml" line="20"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/CornerControls.qml" line="21"/>
        <source>Choose the language of the exhibition</source>
        <translation>Elegir el idioma de la exposición</translation>
    </message>
    <message>
        <location filename="../ui/CornerControls.qml" line="29"/>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <location filename="../ui/CornerControls.qml" line="31"/>
        <source>Larger text and high contrast are on; touch to turn them off</source>
        <translation>Texto grande y alto contraste activados; toque para desactivarlos</translation>
    </message>
    <message>
        <location filename="../ui/CornerControls.qml" line="32"/>
        <source>Larger text, high contrast, less motion and more time</source>
        <translation>Texto más grande, alto contraste, menos movimiento y más tiempo</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../ui/HomeScreen.qml" line="103"/>
        <source>Panels</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <location filename="../ui/HomeScreen.qml" line="106"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../ui/HomeScreen.qml" line="104"/>
        <source>1 panel</source>
        <translation>1 panel</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/HomeScreen.qml" line="104"/>
        <source>%1 panels</source>
        <translation>
            <numerusform>%1 panel</numerusform>
            <numerusform>%1 paneles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/HomeScreen.qml" line="107"/>
        <source>1 photo</source>
        <translation>1 foto</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/HomeScreen.qml" line="107"/>
        <source>%1 photos</source>
        <translation>
            <numerusform>%1 foto</numerusform>
            <numerusform>%1 fotos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/HomeScreen.qml" line="109"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../ui/HomeScreen.qml" line="294"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../ui/HomeScreen.qml" line="306"/>
        <source>%1, %2</source>
        <comment>a speaker and their role</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../ui/IdleOverlay.qml" line="23"/>
        <source>Still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../ui/IdleOverlay.qml" line="30"/>
        <source>Touch the screen to carry on</source>
        <translation>Toque la pantalla para continuar</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../ui/LanguagePicker.qml" line="40"/>
        <source>Show the exhibition in this language</source>
        <translation>Mostrar la exposición en este idioma</translation>
    </message>
</context>
<context>
    <name>PanelScreen</name>
    <message>
        <location filename="../ui/PanelScreen.qml" line="35"/>
        <source>%1 %2 of %3</source>
        <comment>the word for a panel, its number, how many there are</comment>
        <translation>%1 %2 de %3</translation>
    </message>
    <message>
        <location filename="../ui/PanelScreen.qml" line="36"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../ui/PanelScreen.qml" line="119"/>
        <source>Speeches</source>
        <translation>Discursos</translation>
    </message>
    <message>
        <location filename="../ui/PanelScreen.qml" line="144"/>
        <source>Opens the speech</source>
        <translation>Abre el discurso</translation>
    </message>
    <message>
        <location filename="../ui/PanelScreen.qml" line="229"/>
        <source>Opens the slideshow at this photo</source>
        <translation>Abre la presentación en esta foto</translation>
    </message>
</context>
<context>
    <name>PanelsScreen</name>
    <message>
        <location filename="../ui/PanelsScreen.qml" line="20"/>
        <source>Panels</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <location filename="../ui/PanelsScreen.qml" line="164"/>
        <source>%1 %2</source>
        <comment>the word for a panel, then its number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/PanelsScreen.qml" line="165"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../ui/PdfView.qml" line="118"/>
        <source>This document cannot be opened.</source>
        <translation>Este documento no se puede abrir.</translation>
    </message>
    <message>
        <location filename="../ui/PdfView.qml" line="118"/>
        <source>Opening the document…</source>
        <translation>Abriendo el documento…</translation>
    </message>
    <message>
        <location filename="../ui/PdfView.qml" line="140"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../ui/PdfView.qml" line="156"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/PdfView.qml" line="164"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <location filename="../ui/PhotoView.qml" line="131"/>
        <source>Photograph unavailable</source>
        <translation>Fotografía no disponible</translation>
    </message>
</context>
<context>
    <name>Scrubber</name>
    <message>
        <location filename="../ui/Scrubber.qml" line="28"/>
        <source>Position in the video</source>
        <translation>Posición en el vídeo</translation>
    </message>
</context>
<context>
    <name>SlideshowScreen</name>
    <message>
        <location filename="../ui/SlideshowScreen.qml" line="265"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../ui/SlideshowScreen.qml" line="299"/>
        <location filename="../ui/SlideshowScreen.qml" line="300"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/SlideshowScreen.qml" line="307"/>
        <location filename="../ui/SlideshowScreen.qml" line="308"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../ui/SlideshowScreen.qml" line="315"/>
        <location filename="../ui/SlideshowScreen.qml" line="316"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../ui/SlideshowScreen.qml" line="315"/>
        <location filename="../ui/SlideshowScreen.qml" line="316"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../ui/SlideshowScreen.qml" line="331"/>
        <source>Previous photo</source>
        <translation>Foto anterior</translation>
    </message>
    <message>
        <location filename="../ui/SlideshowScreen.qml" line="344"/>
        <source>Next photo</source>
        <translation>Foto siguiente</translation>
    </message>
</context>
<context>
    <name>SpeechScreen</name>
    <message>
        <location filename="../ui/SpeechScreen.qml" line="164"/>
        <source>Excerpt</source>
        <translation>Extracto</translation>
    </message>
    <message>
        <location filename="../ui/SpeechScreen.qml" line="164"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ui/SpeechScreen.qml" line="216"/>
        <source>The text of this speech is not part of this exhibition.</source>
        <translation>El texto de este discurso no forma parte de esta exposición.</translation>
    </message>
    <message>
        <location filename="../ui/SpeechScreen.qml" line="184"/>
        <source>This speech&apos;s document cannot be shown on this kiosk.</source>
        <translation>El documento de este discurso no puede mostrarse en este quiosco.</translation>
    </message>
    <message>
        <location filename="../ui/SpeechScreen.qml" line="58"/>
        <source>%1 %2 of %3</source>
        <comment>the word for a panel, its number, how many there are</comment>
        <translation>%1 %2 de %3</translation>
    </message>
    <message>
        <location filename="../ui/SpeechScreen.qml" line="59"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../ui/SpeechScreen.qml" line="189"/>
        <source>This speech&apos;s video cannot be shown on this kiosk.</source>
        <translation>El vídeo de este discurso no puede reproducirse en este quiosco.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <location filename="../ui/StaffPanel.qml" line="62"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="73"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="89"/>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Demasiados PIN incorrectos. Vuelva a intentarlo en %1 s.</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="90"/>
        <source>Enter the staff PIN</source>
        <translation>Introduzca el PIN del personal</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="111"/>
        <source>Wrong PIN</source>
        <translation>PIN incorrecto</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="259"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="266"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="161"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="161"/>
        <source>running for %1</source>
        <translation>en funcionamiento desde hace %1</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="172"/>
        <source>Visits not recorded since the kiosk started (disk full or read-only): %1</source>
        <translation>Visitas no registradas desde el inicio del quiosco (disco lleno o de solo lectura): %1</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="182"/>
        <source>Reload content</source>
        <translation>Recargar el contenido</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="187"/>
        <source>Screen cleaning (30 s)</source>
        <translation>Limpieza de pantalla (30 s)</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="195"/>
        <source>Exit the kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="203"/>
        <source>Content problems</source>
        <translation>Problemas del contenido</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="203"/>
        <source>The content has no problems.</source>
        <translation>El contenido no tiene problemas.</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="239"/>
        <source>Cleaning: touch is off for %1 s</source>
        <translation>Limpieza: pantalla táctil desactivada durante %1 s</translation>
    </message>
</context>
<context>
    <name>TakeAway</name>
    <message>
        <location filename="../ui/TakeAway.qml" line="34"/>
        <source>A QR code to open this page on your phone</source>
        <translation>Un código QR para abrir esta página en su teléfono</translation>
    </message>
    <message>
        <location filename="../ui/TakeAway.qml" line="79"/>
        <source>Scan with your phone&apos;s camera</source>
        <translation>Escanee con la cámara de su teléfono</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <location filename="../ui/TimelineScreen.qml" line="47"/>
        <source>c. %1</source>
        <comment>an approximate year</comment>
        <translation>hacia %1</translation>
    </message>
    <message>
        <location filename="../ui/TimelineScreen.qml" line="49"/>
        <source>%1s</source>
        <comment>a decade, e.g. 1990s</comment>
        <translation>años %1</translation>
    </message>
    <message>
        <location filename="../ui/TimelineScreen.qml" line="51"/>
        <source>%1–%2</source>
        <comment>a span of years</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../ui/TimelineScreen.qml" line="63"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../ui/TopBar.qml" line="30"/>
        <location filename="../ui/TopBar.qml" line="31"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../ui/TopBar.qml" line="37"/>
        <location filename="../ui/TopBar.qml" line="38"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <location filename="../ui/VideoView.qml" line="130"/>
        <location filename="../ui/VideoView.qml" line="172"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../ui/VideoView.qml" line="145"/>
        <source>This video cannot be played.</source>
        <translation>Este vídeo no se puede reproducir.</translation>
    </message>
    <message>
        <location filename="../ui/VideoView.qml" line="172"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../ui/VideoView.qml" line="220"/>
        <location filename="../ui/VideoView.qml" line="222"/>
        <source>Sound on</source>
        <translation>Activar sonido</translation>
    </message>
    <message>
        <location filename="../ui/VideoView.qml" line="220"/>
        <location filename="../ui/VideoView.qml" line="222"/>
        <source>Sound off</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <location filename="../ui/VideoView.qml" line="221"/>
        <source>Turn the sound on</source>
        <translation>Activar el sonido</translation>
    </message>
    <message>
        <location filename="../ui/VideoView.qml" line="221"/>
        <source>Turn the sound off</source>
        <translation>Desactivar el sonido</translation>
    </message>
</context>
</TS>
