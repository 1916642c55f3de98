<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ClosedScreen</name>
    <message>
        <location filename="../ui/ClosedScreen.qml" line="27"/>
        <source>Opens again today at %1</source>
        <translation>Réouverture aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <location filename="../ui/ClosedScreen.qml" line="29"/>
        <source>Opens again tomorrow at %1</source>
        <translation>Réouverture demain à %1</translation>
    </message>
    <message>
        <location filename="../ui/ClosedScreen.qml" line="30"/>
        <source>Opens again on %1 at %2</source>
        <translation>Réouverture le %1 à %2</translation>
    </message>
    <message>
        <location filename="../ui/ClosedScreen.qml" line="91"/>
        <location filename="../ui/ClosedScreen.qml" line="168"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../ui/ClosedScreen.qml" line="110"/>
        <source>Touch the screen to look around meanwhile</source>
        <translation>Touchez l&apos;écran pour découvrir l&apos;exposition en attendant</translation>
    </message>
    <message>
        <location filename="../ui/ClosedScreen.qml" line="140"/>
        <source>Opening hours</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
</context>
<context>
    <name>CornerControls</name>
    <message>
        <location filename="../ui/CornerControls.qml" line="20"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/CornerControls.qml" line="21"/>
        <source>Choose the language of the exhibition</source>
        <translation>Choisir la langue de l&apos;exposition</translation>
    </message>
    <message>
        <location filename="../ui/CornerControls.qml" line="29"/>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <location filename="../ui/CornerControls.qml" line="31"/>
        <source>Larger text and high contrast are on; touch to turn them off</source>
        <translation>Grand texte et contraste élevé activés ; touchez pour les désactiver</translation>
    </message>
    <message>
        <location filename="../ui/CornerControls.qml" line="32"/>
        <source>Larger text, high contrast, less motion and more time</source>
        <translation>Texte plus grand, contraste élevé, moins d&apos;animations et plus de temps</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../ui/HomeScreen.qml" line="103"/>
        <source>Panels</source>
        <translation>Panneaux</translation>
    </message>
    <message>
        <location filename="../ui/HomeScreen.qml" line="106"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../ui/HomeScreen.qml" line="104"/>
        <source>1 panel</source>
        <translation>1 panneau</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/HomeScreen.qml" line="104"/>
        <source>%1 panels</source>
        <translation>
            <numerusform>%1 panneau</numerusform>
            <numerusform>%1 panneaux</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/HomeScreen.qml" line="107"/>
        <source>1 photo</source>
        <translation>1 photo</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/HomeScreen.qml" line="107"/>
        <source>%1 photos</source>
        <translation>
            <numerusform>%1 photo</numerusform>
            <numerusform>%1 photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/HomeScreen.qml" line="109"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../ui/HomeScreen.qml" line="294"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
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
        <translation>Toujours là ?</translation>
    </message>
    <message>
        <location filename="../ui/IdleOverlay.qml" line="30"/>
        <source>Touch the screen to carry on</source>
        <translation>Touchez l&apos;écran pour continuer</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../ui/LanguagePicker.qml" line="40"/>
        <source>Show the exhibition in this language</source>
        <translation>Afficher l&apos;exposition dans cette langue</translation>
    </message>
</context>
<context>
    <name>PanelScreen</name>
    <message>
        <location filename="../ui/PanelScreen.qml" line="35"/>
        <source>%1 %2 of %3</source>
        <comment>the word for a panel, its number, how many there are</comment>
        <translation>%1 %2 sur %3</translation>
    </message>
    <message>
        <location filename="../ui/PanelScreen.qml" line="36"/>
        <source>Panel</source>
        <translation>Panneau</translation>
    </message>
    <message>
        <location filename="../ui/PanelScreen.qml" line="119"/>
        <source>Speeches</source>
        <translation>Allocutions</translation>
    </message>
    <message>
        <location filename="../ui/PanelScreen.qml" line="144"/>
        <source>Opens the speech</source>
        <translation>Ouvre l&apos;allocution</translation>
    </message>
    <message>
        <location filename="../ui/PanelScreen.qml" line="229"/>
        <source>Opens the slideshow at this photo</source>
        <translation>Ouvre le diaporama sur cette photo</translation>
    </message>
</context>
<context>
    <name>PanelsScreen</name>
    <message>
        <location filename="../ui/PanelsScreen.qml" line="20"/>
        <source>Panels</source>
        <translation>Panneaux</translation>
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
        <translation>Panneau</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../ui/PdfView.qml" line="118"/>
        <source>This document cannot be opened.</source>
        <translation>Ce document ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/PdfView.qml" line="118"/>
        <source>Opening the document…</source>
        <translation>Ouverture du document…</translation>
    </message>
    <message>
        <location filename="../ui/PdfView.qml" line="140"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../ui/PdfView.qml" line="156"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/PdfView.qml" line="164"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <location filename="../ui/PhotoView.qml" line="131"/>
        <source>Photograph unavailable</source>
        <translation>Photographie indisponible</translation>
    </message>
</context>
<context>
    <name>Scrubber</name>
    <message>
        <location filename="../ui/Scrubber.qml" line="28"/>
        <source>Position in the video</source>
        <translation>Position dans la vidéo</translation>
    </message>
</context>
<context>
    <name>SlideshowScreen</name>
    <message>
        <location filename="../ui/SlideshowScreen.qml" line="265"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../ui/SlideshowScreen.qml" line="299"/>
        <location filename="../ui/SlideshowScreen.qml" line="300"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/SlideshowScreen.qml" line="307"/>
        <location filename="../ui/SlideshowScreen.qml" line="308"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../ui/SlideshowScreen.qml" line="315"/>
        <location filename="../ui/SlideshowScreen.qml" line="316"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/SlideshowScreen.qml" line="315"/>
        <location filename="../ui/SlideshowScreen.qml" line="316"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../ui/SlideshowScreen.qml" line="331"/>
        <source>Previous photo</source>
        <translation>Photo précédente</translation>
    </message>
    <message>
        <location filename="../ui/SlideshowScreen.qml" line="344"/>
        <source>Next photo</source>
        <translation>Photo suivante</translation>
    </message>
</context>
<context>
    <name>SpeechScreen</name>
    <message>
        <location filename="../ui/SpeechScreen.qml" line="164"/>
        <source>Excerpt</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <location filename="../ui/SpeechScreen.qml" line="164"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../ui/SpeechScreen.qml" line="216"/>
        <source>The text of this speech is not part of this exhibition.</source>
        <translation>Le texte de cette allocution ne fait pas partie de cette exposition.</translation>
    </message>
    <message>
        <location filename="../ui/SpeechScreen.qml" line="184"/>
        <source>This speech&apos;s document cannot be shown on this kiosk.</source>
        <translation>Le document de cette allocution ne peut pas être affiché sur cette borne.</translation>
    </message>
    <message>
        <location filename="../ui/SpeechScreen.qml" line="58"/>
        <source>%1 %2 of %3</source>
        <comment>the word for a panel, its number, how many there are</comment>
        <translation>%1 %2 sur %3</translation>
    </message>
    <message>
        <location filename="../ui/SpeechScreen.qml" line="59"/>
        <source>Panel</source>
        <translation>Panneau</translation>
    </message>
    <message>
        <location filename="../ui/SpeechScreen.qml" line="189"/>
        <source>This speech&apos;s video cannot be shown on this kiosk.</source>
        <translation>La vidéo de cette allocution ne peut pas être lue sur cette borne.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <location filename="../ui/StaffPanel.qml" line="62"/>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="73"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="89"/>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Trop de codes erronés. Réessayez dans %1 s.</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="90"/>
        <source>Enter the staff PIN</source>
        <translation>Saisissez le code du personnel</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="111"/>
        <source>Wrong PIN</source>
        <translation>Code erroné</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="259"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="266"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="161"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="161"/>
        <source>running for %1</source>
        <translation>en marche depuis %1</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="172"/>
        <source>Visits not recorded since the kiosk started (disk full or read-only): %1</source>
        <translation>Visites non enregistrées depuis le démarrage de la borne (disque plein ou en lecture seule) : %1</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="182"/>
        <source>Reload content</source>
        <translation>Recharger le contenu</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="187"/>
        <source>Screen cleaning (30 s)</source>
        <translation>Nettoyage de l&apos;écran (30 s)</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="195"/>
        <source>Exit the kiosk</source>
        <translation>Quitter la borne</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="203"/>
        <source>Content problems</source>
        <translation>Problèmes du contenu</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="203"/>
        <source>The content has no problems.</source>
        <translation>Le contenu ne présente aucun problème.</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="239"/>
        <source>Cleaning: touch is off for %1 s</source>
        <translation>Nettoyage : écran tactile désactivé pendant %1 s</translation>
    </message>
</context>
<context>
    <name>TakeAway</name>
    <message>
        <location filename="../ui/TakeAway.qml" line="34"/>
        <source>A QR code to open this page on your phone</source>
        <translation>Un code QR pour ouvrir cette page sur votre téléphone</translation>
    </message>
    <message>
        <location filename="../ui/TakeAway.qml" line="79"/>
        <source>Scan with your phone&apos;s camera</source>
        <translation>Scannez avec l&apos;appareil photo de votre téléphone</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <location filename="../ui/TimelineScreen.qml" line="47"/>
        <source>c. %1</source>
        <comment>an approximate year</comment>
        <translation>vers %1</translation>
    </message>
    <message>
        <location filename="../ui/TimelineScreen.qml" line="49"/>
        <source>%1s</source>
        <comment>a decade, e.g. 1990s</comment>
        <translation>années %1</translation>
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
        <translation>Chronologie</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../ui/TopBar.qml" line="30"/>
        <location filename="../ui/TopBar.qml" line="31"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../ui/TopBar.qml" line="37"/>
        <location filename="../ui/TopBar.qml" line="38"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <location filename="../ui/VideoView.qml" line="130"/>
        <location filename="../ui/VideoView.qml" line="172"/>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location filename="../ui/VideoView.qml" line="145"/>
        <source>This video cannot be played.</source>
        <translation>Cette vidéo ne peut pas être lue.</translation>
    </message>
    <message>
        <location filename="../ui/VideoView.qml" line="172"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/VideoView.qml" line="220"/>
        <location filename="../ui/VideoView.qml" line="222"/>
        <source>Sound on</source>
        <translation>Mettre le son</translation>
    </message>
    <message>
        <location filename="../ui/VideoView.qml" line="220"/>
        <location filename="../ui/VideoView.qml" line="222"/>
        <source>Sound off</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <location filename="../ui/VideoView.qml" line="221"/>
        <source>Turn the sound on</source>
        <translation>Activer le son</translation>
    </message>
    <message>
        <location filename="../ui/VideoView.qml" line="221"/>
        <source>Turn the sound off</source>
        <translation>Couper le son</translation>
    </message>
</context>
</TS>
