<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Dispute Desk</source>
        <translation>À propos de Dispute Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Dispute Desk {version}&lt;/h2&gt;&lt;p&gt;Your orders, their deadlines, cancellations and disputes, kept on your own computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Dispute Desk {version}&lt;/h2&gt;&lt;p&gt;Vos commandes, leurs échéances, annulations et litiges, conservés sur votre propre ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données :</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Dossier des journaux :</translation>
    </message>
    <message>
        <source>Rule profile:</source>
        <translation>Profil de règles :</translation>
    </message>
    <message>
        <source>Free software under the {licence} licence.&lt;br&gt;It includes Qt, Python and other components under their own licences.&lt;br&gt;&lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;</source>
        <translation>Logiciel libre sous licence {licence}.&lt;br&gt;Il inclut Qt, Python et d&apos;autres composants sous leurs propres licences.&lt;br&gt;&lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation>Système :</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy these details, for a problem report</source>
        <translation>Copier ces informations pour un rapport de problème</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Licences…</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>Ouvrir le &amp;dossier des données</translation>
    </message>
    <message>
        <source>{name}, values checked on {date}</source>
        <translation>{name}, valeurs vérifiées le {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) changed by you</source>
        <translation>
            <numerusform>%n valeur modifiée par vous</numerusform>
            <numerusform>%n valeurs modifiées par vous</numerusform>
        </translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>MIT licence.</source>
        <translation>Licence MIT.</translation>
    </message>
</context>
<context>
    <name>AutoBackups</name>
    <message>
        <source>Dispute Desk</source>
        <translation>Dispute Desk</translation>
    </message>
    <message>
        <source>Backing up today&apos;s changes before closing…</source>
        <translation>Sauvegarde des modifications du jour avant la fermeture…</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Dispute Desk backups (*.zip)</source>
        <translation>Sauvegardes Dispute Desk (*.zip)</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Save all your orders and evidence in one .zip file</source>
        <translation>Enregistrer toutes vos commandes et preuves dans un seul fichier .zip</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Replace the data with a backup; the current data is kept</source>
        <translation>Remplacer les données par une sauvegarde ; les données actuelles sont conservées</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Sauvegarde dans %1…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>Sauvegardé dans %1 (%2).</translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation>La sauvegarde n&apos;a pas été faite : %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Replace your current data with the backup %1, made on %2?</source>
        <translation>Remplacer vos données actuelles par la sauvegarde %1, faite le %2 ?</translation>
    </message>
    <message>
        <source>Your current data is kept first as a safety copy in the backups folder, so you can go back to it with Restore from backup. The window shows the restored orders when it is done.</source>
        <translation>Vos données actuelles sont d&apos;abord conservées comme copie de sécurité dans le dossier des sauvegardes : vous pourrez y revenir avec Restaurer une sauvegarde. La fenêtre affiche les commandes restaurées une fois l&apos;opération terminée.</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Restauration de %1…</translation>
    </message>
    <message>
        <source>The backup came from an older version and was brought up to date.</source>
        <translation>La sauvegarde provenait d&apos;une version plus ancienne et a été mise à jour.</translation>
    </message>
    <message>
        <source>Your previous data was kept as a safety copy: %1</source>
        <translation>Vos données précédentes ont été conservées comme copie de sécurité : %1</translation>
    </message>
    <message>
        <source>%1 was not restored: %2

Nothing was changed.</source>
        <translation>La restauration de %1 a échoué : %2

Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Restoring %1 stopped with an unexpected error: %2

Details are in the log file.</source>
        <translation>La restauration de %1 s&apos;est arrêtée sur une erreur inattendue : %2

Les détails sont dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>Made by you</source>
        <translation>Faite par vous</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Safety copy before a restore</source>
        <translation>Copie de sécurité avant une restauration</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Dispute Desk backs up your orders and evidence by itself when they changed: a few minutes after a change, once a day and when you close it. Of the older automatic backups it keeps the newest one of each of the last days, weeks and months set here. Backups you make yourself and the safety copies made before a restore are never removed.</source>
        <translation>Dispute Desk sauvegarde de lui-même vos commandes et preuves quand elles ont changé : quelques minutes après une modification, une fois par jour et à la fermeture. Parmi les anciennes sauvegardes automatiques, il garde la plus récente de chacun des derniers jours, semaines et mois indiqués ici. Les sauvegardes que vous faites vous-même et les copies de sécurité faites avant une restauration ne sont jamais supprimées.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Days with a daily backup to keep</source>
        <translation>Nombre de jours pour lesquels garder une sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>Weeks with a weekly backup to keep</source>
        <translation>Nombre de semaines pour lesquelles garder une sauvegarde hebdomadaire</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>Months with a monthly backup to keep</source>
        <translation>Nombre de mois pour lesquels garder une sauvegarde mensuelle</translation>
    </message>
    <message>
        <source>&amp;Daily backups for the last:</source>
        <translation>Sauvegardes &amp;quotidiennes sur les derniers :</translation>
    </message>
    <message>
        <source>&amp;Weekly backups for the last:</source>
        <translation>Sauvegardes &amp;hebdomadaires sur les dernières :</translation>
    </message>
    <message>
        <source>&amp;Monthly backups for the last:</source>
        <translation>Sauvegardes &amp;mensuelles sur les derniers :</translation>
    </message>
    <message>
        <source>Backups in %1</source>
        <translation>Sauvegardes dans %1</translation>
    </message>
    <message>
        <source>No backups yet. The first automatic backup is made a few minutes after your data changes; Back up now makes one at once.</source>
        <translation>Aucune sauvegarde pour l&apos;instant. La première sauvegarde automatique est faite quelques minutes après une modification de vos données ; Sauvegarder maintenant en fait une tout de suite.</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Aucune sauvegarde pour l&apos;instant</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Sauve&amp;garder maintenant</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Make a backup in the backups folder now</source>
        <translation>Faire une sauvegarde dans le dossier des sauvegardes maintenant</translation>
    </message>
    <message>
        <source>Res&amp;tore this…</source>
        <translation>Res&amp;taurer celle-ci…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurer la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le doss&amp;ier</translation>
    </message>
    <message>
        <source>Show the backups folder</source>
        <translation>Afficher le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Progression de la sauvegarde</translation>
    </message>
    <message>
        <source>Backups status</source>
        <translation>État des sauvegardes</translation>
    </message>
    <message>
        <source>⚠ Could not read the backups folder: %1</source>
        <translation>⚠ Impossible de lire le dossier des sauvegardes : %1</translation>
    </message>
    <message>
        <source>Could not open %1 in the file manager.</source>
        <translation>Impossible d&apos;ouvrir %1 dans le gestionnaire de fichiers.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>Sauvegardé dans %1 (%2).</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing in this period.</source>
        <translation>Rien sur cette période.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of bars; series: %1. The numbers are in the table below.</source>
        <translation>
            <numerusform>%n groupe de barres ; séries : %1. Les chiffres sont dans le tableau ci-dessous.</numerusform>
            <numerusform>%n groupes de barres ; séries : %1. Les chiffres sont dans le tableau ci-dessous.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyRetry</name>
    <message>
        <source>%1 What you entered is kept and saved as soon as the data is free again (trying again…).</source>
        <translation>%1 Ce que vous avez saisi est conservé et sera enregistré dès que les données seront de nouveau libres (nouvel essai…).</translation>
    </message>
</context>
<context>
    <name>CancelWizard</name>
    <message>
        <source>Cancel order %1</source>
        <translation>Annuler la commande %1</translation>
    </message>
</context>
<context>
    <name>CaseSection</name>
    <message>
        <source>Dispute case</source>
        <translation>Dossier du litige</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Litige</translation>
    </message>
    <message>
        <source>Dispute about the whole order</source>
        <translation>Litige portant sur toute la commande</translation>
    </message>
    <message>
        <source>Dispute about item %1: %2</source>
        <translation>Litige portant sur l&apos;article %1 : %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>Ouvert le %1</translation>
    </message>
    <message>
        <source>Refund asked: %1</source>
        <translation>Remboursement demandé : %1</translation>
    </message>
    <message>
        <source>%1, with a return of the item</source>
        <translation>%1, avec retour de l&apos;article</translation>
    </message>
    <message>
        <source>With a return of the item</source>
        <translation>Avec retour de l&apos;article</translation>
    </message>
    <message>
        <source>Seller offers: %1</source>
        <translation>Offre du vendeur : %1</translation>
    </message>
    <message>
        <source>Seller answered: %1</source>
        <translation>Réponse du vendeur le %1</translation>
    </message>
    <message>
        <source>Escalated: %1</source>
        <translation>Escaladé le %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Decision: %1 (%2)</source>
        <translation>Décision : %1 (%2)</translation>
    </message>
    <message>
        <source>Appealed: %1</source>
        <translation>Appel déposé le %1</translation>
    </message>
    <message>
        <source>Refund received: %1</source>
        <translation>Remboursement reçu : %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulé le %1</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Litige : %1</translation>
    </message>
    <message>
        <source>Refunds usually take %2–%3 business days.</source>
        <translation>Les remboursements prennent généralement de %2 à %3 jours ouvrés.</translation>
    </message>
    <message>
        <source>Paid by %1: refunds usually take %2–%3 business days.</source>
        <translation>Payé par %1 : les remboursements prennent généralement de %2 à %3 jours ouvrés.</translation>
    </message>
    <message>
        <source>%1: time left %2</source>
        <translation>%1 : temps restant %2</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Numbers of the chart: %1</source>
        <translation>Chiffres du graphique : %1</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Enregistrer le graphique…</translation>
    </message>
    <message>
        <source>Save the chart %1 as a picture</source>
        <translation>Enregistrer le graphique %1 comme image</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Open the dispute</source>
        <translation>Ouvrir le litige</translation>
    </message>
    <message>
        <source>Open it on the order page, then press Finish: the app records it and counts down to the seller&apos;s answer and the escalation day.</source>
        <translation>Ouvrez-le sur la page de la commande, puis cliquez sur Terminer : l&apos;application l&apos;enregistre et décompte le temps jusqu&apos;à la réponse du vendeur et jusqu&apos;au jour d&apos;escalade.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Refund asked for</source>
        <translation>Remboursement demandé</translation>
    </message>
    <message>
        <source>Return the item</source>
        <translation>Retourner l&apos;article</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>How to open it:</source>
        <translation>Comment l&apos;ouvrir :</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Article %1 : %2</translation>
    </message>
    <message>
        <source>The whole order</source>
        <translation>Toute la commande</translation>
    </message>
    <message>
        <source>Full refund, %1</source>
        <translation>Remboursement total, %1</translation>
    </message>
    <message>
        <source>Partial refund, %1</source>
        <translation>Remboursement partiel, %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>CountdownBox</name>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
</context>
<context>
    <name>CountdownField</name>
    <message>
        <source>e.g. 23 d 14:22:10</source>
        <translation>p. ex. 23 d 14:22:10</translation>
    </message>
    <message>
        <source>%1 as the order page shows it now: resulting time</source>
        <translation>%1 tel qu&apos;affiché sur la page de la commande : heure obtenue</translation>
    </message>
    <message>
        <source>As the order page shows it now; counted from now.</source>
        <translation>Tel qu&apos;affiché maintenant sur la page de la commande ; compté à partir de maintenant.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Dispute Desk: something went wrong</source>
        <translation>Dispute Desk : un problème est survenu</translation>
    </message>
    <message>
        <source>&lt;b&gt;An unexpected error happened.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Une erreur inattendue s&apos;est produite.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What was saved before this error is safe: each change is saved when you make it. If you were saving something just now, check that it is there before you go on; you can keep working, or quit and start Dispute Desk again.</source>
        <translation>Ce qui a été enregistré avant cette erreur est en sécurité : chaque modification est enregistrée dès que vous la faites. Si vous étiez en train d&apos;enregistrer quelque chose, vérifiez qu&apos;il est bien là avant de continuer ; vous pouvez continuer à travailler, ou quitter et relancer Dispute Desk.</translation>
    </message>
    <message>
        <source>Please report it at &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;: say what you were doing just before, and attach the log file below (it records what the app did; look it over before you send it).</source>
        <translation>Merci de le signaler sur &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt; : indiquez ce que vous faisiez juste avant et joignez le fichier journal ci-dessous (il enregistre ce qu&apos;a fait l&apos;application ; relisez-le avant de l&apos;envoyer).</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Fichier journal : {path}</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;Quit Dispute Desk</source>
        <translation>&amp;Quitter Dispute Desk</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Fichier journal : %1</translation>
    </message>
    <message>
        <source>What failed: {error}</source>
        <translation>Échec : {error}</translation>
    </message>
    <message>
        <source>Dispute Desk</source>
        <translation>Dispute Desk</translation>
    </message>
    <message>
        <source>{reason}

That action was not saved.</source>
        <translation>{reason}

Cette action n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Dispute Desk can&apos;t open your data.

{reason}</source>
        <translation>Dispute Desk ne peut pas ouvrir vos données.

{reason}</translation>
    </message>
</context>
<context>
    <name>DaysSpinBox</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineList</name>
    <message>
        <source>No open deadlines.</source>
        <translation>Aucune échéance en cours.</translation>
    </message>
    <message>
        <source>Due %1 · %2</source>
        <translation>Échéance le %1 · %2</translation>
    </message>
    <message>
        <source>%1: time left %2</source>
        <translation>%1 : temps restant %2</translation>
    </message>
</context>
<context>
    <name>DisputeReason</name>
    <message>
        <source>Tracking stopped moving</source>
        <translation>Le suivi ne bouge plus</translation>
    </message>
    <message>
        <source>It went to the wrong address or country</source>
        <translation>Il est parti vers une mauvaise adresse ou un autre pays</translation>
    </message>
    <message>
        <source>The delivery period is about to end</source>
        <translation>Le délai de livraison arrive à son terme</translation>
    </message>
    <message>
        <source>It is going back to the seller</source>
        <translation>Il est renvoyé au vendeur</translation>
    </message>
    <message>
        <source>It is held at customs</source>
        <translation>Il est bloqué en douane</translation>
    </message>
    <message>
        <source>It is not as described (size, colour, material, model)</source>
        <translation>Il n&apos;est pas conforme à la description (taille, couleur, matière, modèle)</translation>
    </message>
    <message>
        <source>It doesn&apos;t work or is defective</source>
        <translation>Il ne fonctionne pas ou est défectueux</translation>
    </message>
    <message>
        <source>It arrived damaged</source>
        <translation>Il est arrivé endommagé</translation>
    </message>
    <message>
        <source>I got a different item</source>
        <translation>J&apos;ai reçu un autre article</translation>
    </message>
    <message>
        <source>Fewer items than I ordered</source>
        <translation>Moins d&apos;articles que commandé</translation>
    </message>
    <message>
        <source>It is a counterfeit</source>
        <translation>C&apos;est une contrefaçon</translation>
    </message>
    <message>
        <source>The parcel was empty</source>
        <translation>Le colis était vide</translation>
    </message>
</context>
<context>
    <name>DisputeWizard</name>
    <message>
        <source>Open a dispute — order %1</source>
        <translation>Ouvrir un litige — commande %1</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Language of the draft:</source>
        <translation>Langue du brouillon :</translation>
    </message>
    <message>
        <source>Parts still to fill in</source>
        <translation>Parties encore à compléter</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copier dans le presse-papiers</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Copier : %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied, with %n part(s) in […] still to fill in: fill them in before you send it.</source>
        <translation>
            <numerusform>Copié, avec %n partie entre […] encore à compléter : complétez-la avant d&apos;envoyer le texte.</numerusform>
            <numerusform>Copié, avec %n parties entre […] encore à compléter : complétez-les avant d&apos;envoyer le texte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only you can fill in %n part(s) in […]: %1</source>
        <translation>
            <numerusform>Vous seul pouvez compléter %n partie entre […] : %1</numerusform>
            <numerusform>Vous seul pouvez compléter %n parties entre […] : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>Parts still to fill in</source>
        <translation>Parties encore à compléter</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Can you open it now?</source>
        <translation>Pouvez-vous l&apos;ouvrir maintenant ?</translation>
    </message>
    <message>
        <source>For this order and your reason, as of now.</source>
        <translation>Pour cette commande et votre motif, à l&apos;instant présent.</translation>
    </message>
    <message>
        <source>Can the dispute be opened</source>
        <translation>Le litige peut-il être ouvert</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Pourquoi c&apos;est impossible</translation>
    </message>
    <message>
        <source>Last chance</source>
        <translation>Dernière chance</translation>
    </message>
    <message>
        <source>Other ways to get your money back</source>
        <translation>Autres moyens de récupérer votre argent</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Ce que vous pouvez faire</translation>
    </message>
    <message>
        <source>You can&apos;t go on from here now: press Close.</source>
        <translation>Vous ne pouvez pas aller plus loin pour l&apos;instant : cliquez sur Fermer.</translation>
    </message>
    <message>
        <source>Next in this guide</source>
        <translation>Suite de cet assistant</translation>
    </message>
    <message>
        <source>1. The evidence to gather for your reason, with photos you can add now.
2. The refund you ask for, and whether you send the item back.
3. The dispute text, ready to paste into the dispute form.

Nothing is recorded until you press Finish.</source>
        <translation>1. Les preuves à réunir pour votre motif, avec des photos que vous pouvez ajouter dès maintenant.
2. Le remboursement que vous demandez, et si vous renvoyez l&apos;article.
3. Le texte du litige, prêt à coller dans le formulaire de litige.

Rien n&apos;est enregistré avant que vous cliquiez sur Terminer.</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>La suite</translation>
    </message>
    <message>
        <source>Last chance: you can still open it, until %1.</source>
        <translation>Dernière chance : vous pouvez encore l&apos;ouvrir, jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>Until the last chance is gone</source>
        <translation>Jusqu&apos;à la fin de la dernière chance</translation>
    </message>
    <message>
        <source>You can open it now, until %1.</source>
        <translation>Vous pouvez l&apos;ouvrir maintenant, jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>Until the dispute window closes</source>
        <translation>Jusqu&apos;à la fin du délai d&apos;ouverture de litige</translation>
    </message>
    <message>
        <source>You can open it from %1.</source>
        <translation>Vous pourrez l&apos;ouvrir à partir de %1.</translation>
    </message>
    <message>
        <source>Until you can open it</source>
        <translation>Jusqu&apos;à ce que vous puissiez l&apos;ouvrir</translation>
    </message>
    <message>
        <source>You can&apos;t open it now.</source>
        <translation>Vous ne pouvez pas l&apos;ouvrir maintenant.</translation>
    </message>
    <message>
        <source>protection ends</source>
        <translation>la fin de la protection</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Welcome to Dispute Desk</source>
        <translation>Bienvenue dans Dispute Desk</translation>
    </message>
    <message>
        <source>Keep every order with a live countdown to its next deadline: payment check, shipping, buyer protection, disputes and refunds. Everything stays on this computer.</source>
        <translation>Suivez chaque commande avec un compte à rebours en direct jusqu&apos;à sa prochaine échéance : vérification du paiement, expédition, protection acheteur, litiges et remboursements. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Add your first order…</source>
        <translation>Ajouter votre première commande…</translation>
    </message>
    <message>
        <source>Add your first order</source>
        <translation>Ajouter votre première commande</translation>
    </message>
    <message>
        <source>Try it with sample orders</source>
        <translation>Essayer avec des commandes d&apos;exemple</translation>
    </message>
    <message>
        <source>Load sample orders</source>
        <translation>Charger des commandes d&apos;exemple</translation>
    </message>
    <message>
        <source>Loads made-up orders, clearly marked, that you can remove again in one step.</source>
        <translation>Charge des commandes fictives, clairement signalées, que vous pourrez supprimer en une seule fois.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>%1 — order %2</source>
        <translation>%1 — commande %2</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Date de l&apos;événement</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>&amp;Note (required)</source>
        <translation>&amp;Note (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>P&amp;rocessing time</source>
        <translation>Délai de t&amp;raitement</translation>
    </message>
    <message>
        <source>&amp;Tracking number</source>
        <translation>Numéro de &amp;suivi</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>&amp;Transporteur</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choisissez un motif…</translation>
    </message>
    <message>
        <source>Choose the outcome…</source>
        <translation>Choisissez la décision…</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Décision</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Days &amp;asked for</source>
        <translation>&amp;Jours demandés</translation>
    </message>
    <message>
        <source>The decision includes a return of the item</source>
        <translation>La décision inclut un retour de l&apos;article</translation>
    </message>
    <message>
        <source>I will send the item back (return)</source>
        <translation>Je renverrai l&apos;article (retour)</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>The whole order</source>
        <translation>Toute la commande</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Article %1 : %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <source>Countdown on the order page</source>
        <translation>Compte à rebours sur la page de la commande</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Not entered (estimated from the rules)</source>
        <translation>Non saisie (estimée d&apos;après les règles)</translation>
    </message>
    <message>
        <source>Extended by days</source>
        <translation>Prolongation en jours</translation>
    </message>
    <message>
        <source>&amp;Buyer protection</source>
        <translation>&amp;Protection acheteur</translation>
    </message>
    <message>
        <source>in %1, e.g. 12.34</source>
        <translation>en %1, p. ex. 12,34</translation>
    </message>
    <message>
        <source>Re&amp;fund asked</source>
        <translation>Rem&amp;boursement demandé</translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation>&amp;Offre</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>Enter an amount of more than zero.</source>
        <translation>Saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>That is more than the order total, %1.</source>
        <translation>C&apos;est plus que le total de la commande, %1.</translation>
    </message>
    <message>
        <source>Enter the new tracking number.</source>
        <translation>Saisissez le nouveau numéro de suivi.</translation>
    </message>
    <message>
        <source>Choose the reason for the dispute.</source>
        <translation>Choisissez le motif du litige.</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>Choisissez la décision.</translation>
    </message>
    <message>
        <source>Only a full refund comes with a return: with a partial one you keep the item.</source>
        <translation>Seul un remboursement total s&apos;accompagne d&apos;un retour : avec un remboursement partiel, vous gardez l&apos;article.</translation>
    </message>
    <message>
        <source>Enter the amount of the partial refund.</source>
        <translation>Saisissez le montant du remboursement partiel.</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>Rédigez la note.</translation>
    </message>
    <message>
        <source>To record: %1</source>
        <translation>Pour enregistrer : %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Record that you paid for the order</source>
        <translation>Enregistrer que vous avez payé la commande</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Record that the seller shipped the order</source>
        <translation>Enregistrer que le vendeur a expédié la commande</translation>
    </message>
    <message>
        <source>Tracking update</source>
        <translation>Mise à jour du suivi</translation>
    </message>
    <message>
        <source>Record a new tracking number or carrier</source>
        <translation>Enregistrer un nouveau numéro de suivi ou un nouveau transporteur</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Record that tracking shows the parcel delivered</source>
        <translation>Enregistrer que le suivi indique le colis comme livré</translation>
    </message>
    <message>
        <source>Confirm receipt</source>
        <translation>Confirmer la réception</translation>
    </message>
    <message>
        <source>Record that you confirmed receipt of the order</source>
        <translation>Enregistrer que vous avez confirmé la réception de la commande</translation>
    </message>
    <message>
        <source>Cancellation requested</source>
        <translation>Annulation demandée</translation>
    </message>
    <message>
        <source>Record that you asked to cancel the order</source>
        <translation>Enregistrer que vous avez demandé l&apos;annulation de la commande</translation>
    </message>
    <message>
        <source>Cancellation approved</source>
        <translation>Annulation acceptée</translation>
    </message>
    <message>
        <source>Record that the seller approved the cancellation</source>
        <translation>Enregistrer que le vendeur a accepté l&apos;annulation</translation>
    </message>
    <message>
        <source>Cancellation refused</source>
        <translation>Annulation refusée</translation>
    </message>
    <message>
        <source>Record that the seller refused to cancel</source>
        <translation>Enregistrer que le vendeur a refusé l&apos;annulation</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Record that the order was cancelled</source>
        <translation>Enregistrer que la commande a été annulée</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation>Prolongation demandée</translation>
    </message>
    <message>
        <source>Record that you asked the seller to extend buyer protection</source>
        <translation>Enregistrer que vous avez demandé au vendeur de prolonger la protection acheteur</translation>
    </message>
    <message>
        <source>Protection extended</source>
        <translation>Protection prolongée</translation>
    </message>
    <message>
        <source>Record that buyer protection was extended</source>
        <translation>Enregistrer que la protection acheteur a été prolongée</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>Litige ouvert</translation>
    </message>
    <message>
        <source>Record that you opened a dispute</source>
        <translation>Enregistrer que vous avez ouvert un litige</translation>
    </message>
    <message>
        <source>Dispute cancelled</source>
        <translation>Litige annulé</translation>
    </message>
    <message>
        <source>Record that you cancelled the open dispute</source>
        <translation>Enregistrer que vous avez annulé le litige en cours</translation>
    </message>
    <message>
        <source>Seller responded</source>
        <translation>Réponse du vendeur</translation>
    </message>
    <message>
        <source>Record the seller&apos;s answer to the dispute</source>
        <translation>Enregistrer la réponse du vendeur au litige</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Litige escaladé</translation>
    </message>
    <message>
        <source>Record that the dispute went to the platform</source>
        <translation>Enregistrer que le litige a été transmis à la plateforme</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Record how the dispute was decided</source>
        <translation>Enregistrer la décision rendue sur le litige</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>Appel déposé</translation>
    </message>
    <message>
        <source>Record that you appealed the decision</source>
        <translation>Enregistrer que vous avez fait appel de la décision</translation>
    </message>
    <message>
        <source>Refund issued</source>
        <translation>Remboursement émis</translation>
    </message>
    <message>
        <source>Record that the refund was issued</source>
        <translation>Enregistrer que le remboursement a été émis</translation>
    </message>
    <message>
        <source>Refund received</source>
        <translation>Remboursement reçu</translation>
    </message>
    <message>
        <source>Record that the refund arrived</source>
        <translation>Enregistrer que le remboursement est arrivé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add a note to the order&apos;s timeline</source>
        <translation>Ajouter une note à la chronologie de la commande</translation>
    </message>
    <message>
        <source>Not received: tracking stopped moving</source>
        <translation>Non reçu : suivi bloqué</translation>
    </message>
    <message>
        <source>Not received: sent to the wrong address</source>
        <translation>Non reçu : envoyé à la mauvaise adresse</translation>
    </message>
    <message>
        <source>Not received: delivery period ending</source>
        <translation>Non reçu : délai de livraison bientôt écoulé</translation>
    </message>
    <message>
        <source>Not received: returned to the sender</source>
        <translation>Non reçu : retourné à l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Not received: held at customs</source>
        <translation>Non reçu : bloqué en douane</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Non conforme à la description</translation>
    </message>
    <message>
        <source>Defective, doesn&apos;t work</source>
        <translation>Défectueux, ne fonctionne pas</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Mauvais article</translation>
    </message>
    <message>
        <source>Fewer items than ordered</source>
        <translation>Moins d&apos;articles que commandé</translation>
    </message>
    <message>
        <source>Counterfeit</source>
        <translation>Contrefaçon</translation>
    </message>
    <message>
        <source>Empty parcel</source>
        <translation>Colis vide</translation>
    </message>
    <message>
        <source>Changed my mind</source>
        <translation>J&apos;ai changé d&apos;avis</translation>
    </message>
    <message>
        <source>Found it cheaper</source>
        <translation>Trouvé moins cher ailleurs</translation>
    </message>
    <message>
        <source>Seller out of stock</source>
        <translation>Vendeur en rupture de stock</translation>
    </message>
    <message>
        <source>Seller raised the price</source>
        <translation>Le vendeur a augmenté le prix</translation>
    </message>
    <message>
        <source>The seller asked for it</source>
        <translation>À la demande du vendeur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>Remboursement total</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>Remboursement partiel</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>taken %1</source>
        <translation>prise le %1</translation>
    </message>
    <message>
        <source>Photos and videos (%1)</source>
        <translation>Photos et vidéos (%1)</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>Vidéos (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add photos and videos</source>
        <translation>Ajouter des photos et vidéos</translation>
    </message>
    <message numerus="yes">
        <source>Adding files to order %1: %n…</source>
        <translation>
            <numerusform>Ajout de fichiers à la commande %1 : %n…</numerusform>
            <numerusform>Ajout de fichiers à la commande %1 : %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add evidence to order %1</source>
        <translation>Ajouter des preuves à la commande %1</translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>Rien n&apos;a été ajouté : %1</translation>
    </message>
    <message>
        <source>Adding evidence</source>
        <translation>Ajout de preuves</translation>
    </message>
    <message numerus="yes">
        <source>Checking and storing %n file(s) for order %1…</source>
        <translation>
            <numerusform>Vérification et stockage de %n fichier pour la commande %1…</numerusform>
            <numerusform>Vérification et stockage de %n fichiers pour la commande %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to the trash</source>
        <translation>Mettre %1 à la corbeille</translation>
    </message>
    <message>
        <source>The clipboard holds no picture or file to add.</source>
        <translation>Le presse-papiers ne contient aucune image ni aucun fichier à ajouter.</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Moved %1 to the trash. Undo with %2.</source>
        <translation>%1 mis à la corbeille. Annuler avec %2.</translation>
    </message>
    <message>
        <source>Play video</source>
        <translation>Lire la vidéo</translation>
    </message>
    <message>
        <source>No program opened %1.</source>
        <translation>Aucun programme n&apos;a ouvert %1.</translation>
    </message>
    <message>
        <source>Make the case pack in…</source>
        <translation>Créer le dossier de litige dans…</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <source>Could not make the folder %1: %2</source>
        <translation>Impossible de créer le dossier %1 : %2</translation>
    </message>
    <message>
        <source>Case pack</source>
        <translation>Dossier de litige</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Case pack %1</source>
        <translation>Dossier de litige %1</translation>
    </message>
    <message>
        <source>Making the case pack for order %1…</source>
        <translation>Création du dossier de litige de la commande %1…</translation>
    </message>
    <message>
        <source>Case pack of order %1</source>
        <translation>Dossier de litige de la commande %1</translation>
    </message>
    <message>
        <source>No case pack was made: %1</source>
        <translation>Aucun dossier de litige n&apos;a été créé : %1</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <source>&amp;Add photos…</source>
        <translation>Ajouter des &amp;photos…</translation>
    </message>
    <message>
        <source>Add photos or videos to the order as evidence</source>
        <translation>Ajouter des photos ou des vidéos à la commande comme preuves</translation>
    </message>
    <message>
        <source>&amp;Paste photo</source>
        <translation>&amp;Coller une photo</translation>
    </message>
    <message>
        <source>Add the picture or files on the clipboard to the order</source>
        <translation>Ajouter à la commande l&apos;image ou les fichiers du presse-papiers</translation>
    </message>
    <message>
        <source>Show &amp;gallery…</source>
        <translation>Afficher la &amp;galerie…</translation>
    </message>
    <message>
        <source>Make case &amp;pack…</source>
        <translation>Créer le &amp;dossier de litige…</translation>
    </message>
    <message>
        <source>A PDF case file and upload-ready photo copies in a folder</source>
        <translation>Un récapitulatif PDF et des copies des photos prêtes à joindre, dans un dossier</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>Pre&amp;uves</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <source>Evidence of the order</source>
        <translation>Preuves de la commande</translation>
    </message>
    <message>
        <source>Drop photos or videos here, or paste with Ctrl+V.</source>
        <translation>Déposez des photos ou des vidéos ici, ou collez-les avec Ctrl+V.</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>Ajouter des &amp;photos…</translation>
    </message>
    <message>
        <source>Add photos or videos to the order</source>
        <translation>Ajouter des photos ou des vidéos à la commande</translation>
    </message>
    <message>
        <source>&amp;Gallery…</source>
        <translation>&amp;Galerie…</translation>
    </message>
    <message>
        <source>Open the evidence gallery</source>
        <translation>Ouvrir la galerie des preuves</translation>
    </message>
    <message numerus="yes">
        <source>Photos and videos attached to this order: %n.</source>
        <translation>
            <numerusform>Photos et vidéos jointes à cette commande : %n.</numerusform>
            <numerusform>Photos et vidéos jointes à cette commande : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No photos or videos attached to this order yet.</source>
        <translation>Aucune photo ni vidéo jointe à cette commande pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>EvidenceGallery</name>
    <message>
        <source>Evidence — order %1</source>
        <translation>Preuves — commande %1</translation>
    </message>
    <message>
        <source>Evidence gallery</source>
        <translation>Galerie des preuves</translation>
    </message>
    <message>
        <source>Add a caption: what the photo shows</source>
        <translation>Ajoutez une légende : ce que montre la photo</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>All photos and videos</source>
        <translation>Toutes les photos et vidéos</translation>
    </message>
    <message>
        <source>No photos yet — drop files here or paste a screenshot (Ctrl+V)</source>
        <translation>Pas encore de photos — déposez des fichiers ici ou collez une capture d&apos;écran (Ctrl+V)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Play…</source>
        <translation>Lire…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Tick what you have. Keep these ready to upload on the dispute form.</source>
        <translation>Cochez ce que vous avez. Gardez ces éléments prêts à joindre au formulaire de litige.</translation>
    </message>
    <message>
        <source>Evidence ready</source>
        <translation>Preuves prêtes</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ready.</source>
        <translation>
            <numerusform>%1 sur %n prête.</numerusform>
            <numerusform>%1 sur %n prêtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing special to prepare for this reason.</source>
        <translation>Rien de particulier à préparer pour ce motif.</translation>
    </message>
</context>
<context>
    <name>EvidenceStrip</name>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add photos or videos to the order</source>
        <translation>Ajouter des photos ou des vidéos à la commande</translation>
    </message>
    <message>
        <source>Add photos or videos (or drop files here, or paste with Ctrl+V)</source>
        <translation>Ajouter des photos ou des vidéos (ou déposer des fichiers ici, ou coller avec Ctrl+V)</translation>
    </message>
    <message>
        <source>Gallery…</source>
        <translation>Galerie…</translation>
    </message>
    <message>
        <source>Open the evidence gallery</source>
        <translation>Ouvrir la galerie des preuves</translation>
    </message>
    <message>
        <source>Show the removed photos and videos</source>
        <translation>Afficher les photos et vidéos supprimées</translation>
    </message>
    <message>
        <source>Photos and videos of the order</source>
        <translation>Photos et vidéos de la commande</translation>
    </message>
    <message>
        <source>No photos yet — drop files here or paste a screenshot (Ctrl+V)</source>
        <translation>Pas encore de photos — déposez des fichiers ici ou collez une capture d&apos;écran (Ctrl+V)</translation>
    </message>
    <message numerus="yes">
        <source>Photos and videos: %n</source>
        <translation>
            <numerusform>Photos et vidéos : %n</numerusform>
            <numerusform>Photos et vidéos : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos and videos</source>
        <translation>Photos et vidéos</translation>
    </message>
    <message>
        <source>No photos or videos.</source>
        <translation>Aucune photo ni vidéo.</translation>
    </message>
    <message>
        <source>Removed (%1)…</source>
        <translation>Supprimées (%1)…</translation>
    </message>
</context>
<context>
    <name>EvidenceTrashDialog</name>
    <message>
        <source>Removed photos and videos of %1</source>
        <translation>Photos et vidéos supprimées de la commande %1</translation>
    </message>
    <message>
        <source>Choose what to bring back to the order.</source>
        <translation>Choisissez ce qu&apos;il faut remettre dans la commande.</translation>
    </message>
    <message>
        <source>Photos and videos in the trash</source>
        <translation>Photos et vidéos dans la corbeille</translation>
    </message>
    <message>
        <source>Nothing of this order is in the trash.</source>
        <translation>Rien de cette commande n&apos;est dans la corbeille.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restore the chosen photos and videos</source>
        <translation>Restaurer les photos et vidéos choisies</translation>
    </message>
    <message>
        <source>(removed %1)</source>
        <translation>(supprimée le %1)</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Orders as &amp;CSV…</source>
        <translation>Commandes en &amp;CSV…</translation>
    </message>
    <message>
        <source>Everything as &amp;JSON…</source>
        <translation>Tout en &amp;JSON…</translation>
    </message>
    <message>
        <source>Deadlines as calendar (&amp;ICS)…</source>
        <translation>Échéances en ca&amp;lendrier (ICS)…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1</source>
        <translation>
            <numerusform>%n commande exportée vers %1</numerusform>
            <numerusform>%n commandes exportées vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) with their history to %1</source>
        <translation>
            <numerusform>%n commande exportée avec son historique vers %1</numerusform>
            <numerusform>%n commandes exportées avec leur historique vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deadline(s) to the calendar file %1</source>
        <translation>
            <numerusform>%n échéance exportée vers le fichier de calendrier %1</numerusform>
            <numerusform>%n échéances exportées vers le fichier de calendrier %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy of your data in another format</source>
        <translation>Enregistrer une copie de vos données dans un autre format</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Impossible d&apos;exporter vers %1 : %2</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>What did you do?</source>
        <translation>Qu&apos;avez-vous fait ?</translation>
    </message>
    <message>
        <source>Choose what happened. Finish records it on the order&apos;s timeline, and the app then counts down to what comes next.</source>
        <translation>Choisissez ce qui s&apos;est passé. Terminer l&apos;enregistre dans la chronologie de la commande, puis l&apos;application décompte le temps jusqu&apos;à l&apos;étape suivante.</translation>
    </message>
    <message>
        <source>I pressed Cancel order (requested cancellation)</source>
        <translation>J&apos;ai cliqué sur Annuler la commande (annulation demandée)</translation>
    </message>
    <message>
        <source>The seller approved the cancellation</source>
        <translation>Le vendeur a accepté l&apos;annulation</translation>
    </message>
    <message>
        <source>The seller refused</source>
        <translation>Le vendeur a refusé</translation>
    </message>
    <message>
        <source>The seller says it has shipped</source>
        <translation>Le vendeur dit avoir expédié la commande</translation>
    </message>
    <message>
        <source>I cancelled it on the order page</source>
        <translation>Je l&apos;ai annulée sur la page de la commande</translation>
    </message>
    <message>
        <source>The money arrived</source>
        <translation>L&apos;argent est arrivé</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Que s&apos;est-il passé ?</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Rien pour l&apos;instant</translation>
    </message>
    <message>
        <source>Finish records: %1.</source>
        <translation>Terminer enregistrera : %1.</translation>
    </message>
    <message>
        <source>Nothing is recorded. Open this wizard again when something happens.</source>
        <translation>Rien n&apos;est enregistré. Rouvrez cet assistant quand quelque chose se passe.</translation>
    </message>
</context>
<context>
    <name>GuideWizard</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>How to use Dispute Desk, step by step</source>
        <translation>Comment utiliser Dispute Desk, étape par étape</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>The folder with the log to attach to a problem report</source>
        <translation>Le dossier contenant le journal à joindre à un rapport de problème</translation>
    </message>
    <message>
        <source>&amp;About Dispute Desk</source>
        <translation>À &amp;propos de Dispute Desk</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import orders</source>
        <translation>Importer des commandes</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation>Détecter d&apos;après le contenu</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <source>Text encoding of the file</source>
        <translation>Encodage du texte du fichier</translation>
    </message>
    <message>
        <source>If the titles look garbled in the preview, choose the encoding the file was saved in</source>
        <translation>Si les titres sont illisibles dans l&apos;aperçu, choisissez l&apos;encodage dans lequel le fichier a été enregistré</translation>
    </message>
    <message>
        <source>Currency for prices that name none</source>
        <translation>Devise des prix qui n&apos;en indiquent aucune</translation>
    </message>
    <message>
        <source>&amp;Remember as my default</source>
        <translation>&amp;Mémoriser par défaut</translation>
    </message>
    <message>
        <source>Use this currency for prices that name none in later imports too</source>
        <translation>Utiliser aussi cette devise pour les prix sans devise lors des prochains imports</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise :</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation>Choisissez un fichier pour voir ce qu&apos;il contient.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Ce que l&apos;import va faire</translation>
    </message>
    <message>
        <source>Rows that can&apos;t be imported:</source>
        <translation>Lignes impossibles à importer :</translation>
    </message>
    <message>
        <source>Rows that can&apos;t be imported, with their line numbers</source>
        <translation>Lignes impossibles à importer, avec leur numéro de ligne</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the orders</source>
        <translation>Importer les commandes</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Stop the import; nothing is imported</source>
        <translation>Arrêter l&apos;import ; rien n&apos;est importé</translation>
    </message>
    <message>
        <source>Order files (*.csv *.json *.xlsx *.tsv *.txt *.eml *.mbox);;All files (*)</source>
        <translation>Fichiers de commandes (*.csv *.json *.xlsx *.tsv *.txt *.eml *.mbox);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>from the settings (%1)</source>
        <translation>selon les paramètres (%1)</translation>
    </message>
    <message>
        <source>Cancelling… nothing of this import will be saved.</source>
        <translation>Annulation… rien de cet import ne sera enregistré.</translation>
    </message>
    <message>
        <source>Detect from the content (found: %1)</source>
        <translation>Détecter d&apos;après le contenu (trouvé : %1)</translation>
    </message>
    <message>
        <source>%1, read as %2</source>
        <translation>%1, lu en %2</translation>
    </message>
    <message>
        <source>%1: %2 to add, %3 to update, %4 unchanged, %5 skipped.</source>
        <translation>%1 — à ajouter : %2, à mettre à jour : %3, inchangées : %4, ignorées : %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file can&apos;t be read (listed below).</source>
        <translation>
            <numerusform>%n ligne du fichier est illisible (voir ci-dessous).</numerusform>
            <numerusform>%n lignes du fichier sont illisibles (voir ci-dessous).</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 added, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation>Terminé — ajoutées : %1, mises à jour : %2, inchangées : %3, ignorées : %4.</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>L&apos;import a échoué : %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangée</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Lines %1 of the file</source>
        <translation>Lignes %1 du fichier</translation>
    </message>
</context>
<context>
    <name>ImportWarning</name>
    <message>
        <source>Stores to avoid in this file</source>
        <translation>Boutiques à éviter dans ce fichier</translation>
    </message>
    <message numerus="yes">
        <source>From stores you marked to avoid: %1 (%n order(s) to add).</source>
        <translation>
            <numerusform>Depuis des boutiques que vous avez marquées à éviter : %1 (%n commande à ajouter).</numerusform>
            <numerusform>Depuis des boutiques que vous avez marquées à éviter : %1 (%n commandes à ajouter).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsTabs</name>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Commandes</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistiques</translation>
    </message>
    <message>
        <source>S&amp;tores</source>
        <translation>&amp;Boutiques</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
</context>
<context>
    <name>ItemsSection</name>
    <message>
        <source>Items and their disputes</source>
        <translation>Articles et leurs litiges</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Refunded in all: %1 of %2</source>
        <translation>Total remboursé : %1 sur %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (× %2)</source>
        <translation>%1 (× %2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>In the dispute about the whole order</source>
        <translation>Dans le litige portant sur toute la commande</translation>
    </message>
    <message>
        <source>Refund received: %1</source>
        <translation>Remboursement reçu : %1</translation>
    </message>
    <message>
        <source>%1, asked %2</source>
        <translation>%1, demandé : %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>The language of the window, and of the dates, numbers and amounts in it. By default Dispute Desk speaks your system&apos;s language when it knows it, else English.</source>
        <translation>La langue de la fenêtre, ainsi que des dates, nombres et montants qu&apos;elle affiche. Par défaut, Dispute Desk utilise la langue de votre système s&apos;il la connaît, sinon l&apos;anglais.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>When the language changes</source>
        <translation>Quand la langue change</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Dispute Desk speaks %1 from its next start: close it and open it again.</source>
        <translation>Dispute Desk sera en %1 à son prochain démarrage : fermez-le et rouvrez-le.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dispute Desk</source>
        <translation>Dispute Desk</translation>
    </message>
    <message>
        <source>Select an order to see its deadlines and history.</source>
        <translation>Sélectionnez une commande pour voir ses échéances et son historique.</translation>
    </message>
    <message>
        <source>Loading sample orders…</source>
        <translation>Chargement des commandes d&apos;exemple…</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Annulé : %1.</translation>
    </message>
    <message>
        <source>Done again: %1.</source>
        <translation>Rétabli : %1.</translation>
    </message>
    <message>
        <source>Quit Dispute Desk</source>
        <translation>Quitter Dispute Desk</translation>
    </message>
    <message>
        <source>Something you typed has not been saved yet. Quit anyway and lose it?</source>
        <translation>Une saisie n&apos;a pas encore été enregistrée. Quitter quand même et la perdre ?</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import orders from an export file or e-mails</source>
        <translation>Importer des commandes depuis un fichier d&apos;export ou des e-mails</translation>
    </message>
    <message>
        <source>Add from order &amp;page text…</source>
        <translation>Ajouter depuis le texte de la &amp;page de commande…</translation>
    </message>
    <message>
        <source>Paste an order page and add the order</source>
        <translation>Coller une page de commande et ajouter la commande</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Nouvelle commande…</translation>
    </message>
    <message>
        <source>Add an order</source>
        <translation>Ajouter une commande</translation>
    </message>
    <message>
        <source>&amp;Edit order…</source>
        <translation>&amp;Modifier la commande…</translation>
    </message>
    <message>
        <source>Open &amp;dispute…</source>
        <translation>Ouvrir un &amp;litige…</translation>
    </message>
    <message>
        <source>Check whether a dispute can be opened, and prepare it</source>
        <translation>Vérifier si un litige peut être ouvert, et le préparer</translation>
    </message>
    <message>
        <source>&amp;Cancel order…</source>
        <translation>&amp;Annuler la commande…</translation>
    </message>
    <message>
        <source>What to do to cancel the order, step by step</source>
        <translation>Que faire pour annuler la commande, étape par étape</translation>
    </message>
    <message>
        <source>&amp;Open order</source>
        <translation>&amp;Ouvrir la commande</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Remove sample orders</source>
        <translation>Supprimer les commandes d&apos;exemple</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Commande</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>Message to the seller</source>
        <translation>Message au vendeur</translation>
    </message>
    <message>
        <source>Send it in the chat on the order page. Edit the draft as you like.</source>
        <translation>Envoyez-le dans la messagerie de la page de la commande. Modifiez le brouillon à votre guise.</translation>
    </message>
    <message>
        <source>Copied. Paste it into the chat with the seller.</source>
        <translation>Copié. Collez-le dans la conversation avec le vendeur.</translation>
    </message>
    <message>
        <source>About the order number</source>
        <translation>À propos du numéro de commande</translation>
    </message>
    <message>
        <source>The draft names your order number, %1, so the seller finds the order.</source>
        <translation>Le brouillon mentionne votre numéro de commande, %1, pour que le vendeur trouve la commande.</translation>
    </message>
    <message>
        <source>The draft no longer names your order number, %1: the seller needs it.</source>
        <translation>Le brouillon ne mentionne plus votre numéro de commande, %1 : le vendeur en a besoin.</translation>
    </message>
</context>
<context>
    <name>NumbersTable</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the &amp;whole table</source>
        <translation>Copier &amp;tout le tableau</translation>
    </message>
</context>
<context>
    <name>OrderCommands</name>
    <message>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n order(s) to the trash. Undo with %1.</source>
        <translation>
            <numerusform>%n commande mise à la corbeille. Annuler avec %1.</numerusform>
            <numerusform>%n commandes mises à la corbeille. Annuler avec %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>OrderDetailPanel</name>
    <message>
        <source>Order details</source>
        <translation>Détails de la commande</translation>
    </message>
    <message>
        <source>Select an order to see its deadlines and history.</source>
        <translation>Sélectionnez une commande pour voir ses échéances et son historique.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>Record what happened</source>
        <translation>Enregistrer ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the order number</source>
        <translation>Copier le numéro de commande</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the order</source>
        <translation>Modifier la commande</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Move the order to the trash</source>
        <translation>Mettre la commande à la corbeille</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore the order from the trash</source>
        <translation>Restaurer la commande depuis la corbeille</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Annuler la commande…</translation>
    </message>
    <message>
        <source>Guide: cancel this order</source>
        <translation>Assistant : annuler cette commande</translation>
    </message>
    <message>
        <source>What to do to cancel this order, and what happens next</source>
        <translation>Que faire pour annuler cette commande, et ce qui se passe ensuite</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>A note for the timeline: what the seller said, a promise…</source>
        <translation>Une note pour la chronologie : ce qu&apos;a dit le vendeur, une promesse…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Add the note to the timeline</source>
        <translation>Ajouter la note à la chronologie</translation>
    </message>
    <message>
        <source>Add the note to the timeline (Ctrl+Enter)</source>
        <translation>Ajouter la note à la chronologie (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>No other open deadlines: the dispute&apos;s dates are above.</source>
        <translation>Aucune autre échéance en cours : les dates du litige figurent ci-dessus.</translation>
    </message>
    <message>
        <source>%1 · in the trash</source>
        <translation>%1 · dans la corbeille</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Boutique : %1</translation>
    </message>
    <message>
        <source>Total: %1 · paid by %2</source>
        <translation>Total : %1 · payé par %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <source>Restore the order to record what happened.</source>
        <translation>Restaurez la commande pour enregistrer ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>Nothing to record right now.</source>
        <translation>Rien à enregistrer pour le moment.</translation>
    </message>
    <message numerus="yes">
        <source>• and %n more item(s)</source>
        <translation>
            <numerusform>• et %n autre article</numerusform>
            <numerusform>• et %n autres articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderEditorDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <source>What you typed in this dialog will be lost.</source>
        <translation>Ce que vous avez saisi dans cette fenêtre sera perdu.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Portefeuille électronique</translation>
    </message>
    <message>
        <source>Marketplace balance</source>
        <translation>Solde de la plateforme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Add order</source>
        <translation>Ajouter la commande</translation>
    </message>
    <message>
        <source>Edit order %1</source>
        <translation>Modifier la commande %1</translation>
    </message>
    <message>
        <source>e.g. 8196543210987654</source>
        <translation>p. ex. 8196543210987654</translation>
    </message>
    <message>
        <source>About the order number</source>
        <translation>À propos du numéro de commande</translation>
    </message>
    <message>
        <source>Order &amp;number</source>
        <translation>&amp;Numéro de commande</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Boutique</translation>
    </message>
    <message>
        <source>What you ordered</source>
        <translation>Ce que vous avez commandé</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>e.g. &quot;US $12.34&quot; or &quot;12,34&quot;</source>
        <translation>p. ex. « US $12.34 » ou « 12,34 »</translation>
    </message>
    <message>
        <source>Total as read</source>
        <translation>Total lu</translation>
    </message>
    <message>
        <source>T&amp;otal</source>
        <translation>T&amp;otal</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Devise</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>&amp;Payment method</source>
        <translation>Moyen de &amp;paiement</translation>
    </message>
    <message>
        <source>Ordered at</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <source>Pai&amp;d</source>
        <translation>Pa&amp;yée</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Date de paiement</translation>
    </message>
    <message>
        <source>Change it in Settings → Rules. Countdowns are exact in any zone.</source>
        <translation>Modifiable dans Paramètres → Règles des échéances. Les comptes à rebours sont exacts quel que soit le fuseau.</translation>
    </message>
    <message>
        <source>Ship-by countdown</source>
        <translation>Compte à rebours d&apos;expédition</translation>
    </message>
    <message>
        <source>Ship-&amp;by countdown</source>
        <translation>Compte à rebours d&apos;e&amp;xpédition</translation>
    </message>
    <message>
        <source>Ordered &amp;at</source>
        <translation>Commandée &amp;le</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>P&amp;rocessing time</source>
        <translation>Délai de t&amp;raitement</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>Not&amp;e</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Dates as on the order page, in this computer&apos;s time zone (%1).</source>
        <translation>Dates telles que sur la page de la commande, dans le fuseau horaire de cet ordinateur (%1).</translation>
    </message>
    <message>
        <source>Dates as on the order page, in %1 (%2).</source>
        <translation>Dates telles que sur la page de la commande, dans le fuseau %1 (%2).</translation>
    </message>
    <message>
        <source>Enter the total.</source>
        <translation>Saisissez le total.</translation>
    </message>
    <message>
        <source>The order date is in the future.</source>
        <translation>La date de commande est dans le futur.</translation>
    </message>
    <message>
        <source>The payment time is in the future.</source>
        <translation>L&apos;heure de paiement est dans le futur.</translation>
    </message>
    <message>
        <source>The payment time is before the order time.</source>
        <translation>L&apos;heure de paiement est antérieure à l&apos;heure de commande.</translation>
    </message>
    <message>
        <source>Enter the store&apos;s name.</source>
        <translation>Saisissez le nom de la boutique.</translation>
    </message>
    <message>
        <source>Enter what you ordered.</source>
        <translation>Saisissez ce que vous avez commandé.</translation>
    </message>
    <message>
        <source>Enter a currency code such as USD or EUR.</source>
        <translation>Saisissez un code de devise, comme USD ou EUR.</translation>
    </message>
    <message>
        <source>Unknown currency &quot;%1&quot;: use an ISO code such as USD or EUR.</source>
        <translation>Devise inconnue « %1 » : utilisez un code ISO, comme USD ou EUR.</translation>
    </message>
    <message>
        <source>To save: %1</source>
        <translation>Pour enregistrer : %1</translation>
    </message>
</context>
<context>
    <name>OrderList</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due within 48 hours</source>
        <translation>Échéance dans les 48 heures</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Échéance dans les 7 jours</translation>
    </message>
    <message>
        <source>Due within 14 days</source>
        <translation>Échéance dans les 14 jours</translation>
    </message>
    <message>
        <source>More than 14 days left</source>
        <translation>Plus de 14 jours restants</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Waiting, nothing to do</source>
        <translation>En attente, rien à faire</translation>
    </message>
    <message>
        <source>No open deadline</source>
        <translation>Aucune échéance en cours</translation>
    </message>
    <message>
        <source>%1: %2, due %3</source>
        <translation>%1 : %2, échéance le %3</translation>
    </message>
    <message>
        <source>Sample order (made up)</source>
        <translation>Commande d&apos;exemple (fictive)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n items</source>
        <translation>
            <numerusform>%1 · %n article</numerusform>
            <numerusform>%1 · %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderListPanel</name>
    <message>
        <source>Order views</source>
        <translation>Vues des commandes</translation>
    </message>
    <message>
        <source>Search order, store, title, tracking</source>
        <translation>Rechercher commande, boutique, titre, suivi</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Rechercher des commandes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search all orders</source>
        <translation>Rechercher dans toutes les commandes</translation>
    </message>
    <message>
        <source>No orders match “%1”.</source>
        <translation>Aucune commande ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No orders in %1 match “%2”.</source>
        <translation>Aucune commande dans « %1 » ne correspond à « %2 ».</translation>
    </message>
    <message numerus="yes">
        <source>Other views hold %n matching order(s).</source>
        <translation>
            <numerusform>Les autres vues contiennent %n commande correspondante.</numerusform>
            <numerusform>Les autres vues contiennent %n commandes correspondantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Rien ne demande votre attention.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>No orders in %1.</source>
        <translation>Aucune commande dans « %1 ».</translation>
    </message>
</context>
<context>
    <name>OrderNumber</name>
    <message>
        <source>Enter the order number.</source>
        <translation>Saisissez le numéro de commande.</translation>
    </message>
    <message>
        <source>The number contains a line break, a tab or another invisible character.</source>
        <translation>Le numéro contient un saut de ligne, une tabulation ou un autre caractère invisible.</translation>
    </message>
    <message>
        <source>The number contains a space: copy the number alone.</source>
        <translation>Le numéro contient un espace : copiez le numéro seul.</translation>
    </message>
    <message>
        <source>An order number can&apos;t contain / or \ or ..</source>
        <translation>Un numéro de commande ne peut contenir ni / ni \ ni ..</translation>
    </message>
    <message>
        <source>An order number has only letters, digits, - and _; this one has “%1”.</source>
        <translation>Un numéro de commande ne contient que des lettres, des chiffres, - et _ ; celui-ci contient « %1 ».</translation>
    </message>
    <message>
        <source>Not an AliExpress order number (those have %1 to %2 digits); fine if it is from another shop.</source>
        <translation>Ce n&apos;est pas un numéro de commande AliExpress (ceux-ci ont de %1 à %2 chiffres) ; aucun problème s&apos;il provient d&apos;un autre site.</translation>
    </message>
</context>
<context>
    <name>OrderTable</name>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>%1 (no room at this width)</source>
        <translation>%1 (pas de place à cette largeur)</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Time left until the order&apos;s next deadline</source>
        <translation>Temps restant avant la prochaine échéance de la commande</translation>
    </message>
</context>
<context>
    <name>PasteOrderDialog</name>
    <message>
        <source>Add an order from its page</source>
        <translation>Ajouter une commande depuis sa page</translation>
    </message>
    <message>
        <source>Open the order on AliExpress, select the page (Ctrl+A), copy it and paste it here. What is recognized shows on the right; check it and fill in what is missing.</source>
        <translation>Ouvrez la commande sur AliExpress, sélectionnez la page (Ctrl+A), copiez-la et collez-la ici. Ce qui est reconnu s&apos;affiche à droite ; vérifiez-le et complétez ce qui manque.</translation>
    </message>
    <message>
        <source>Paste the order page here</source>
        <translation>Collez la page de la commande ici</translation>
    </message>
    <message>
        <source>Pasted order page text</source>
        <translation>Texte collé de la page de la commande</translation>
    </message>
    <message>
        <source>What was recognized</source>
        <translation>Ce qui a été reconnu</translation>
    </message>
    <message>
        <source>Recognized</source>
        <translation>Reconnu</translation>
    </message>
    <message>
        <source>What is still needed</source>
        <translation>Ce qui manque encore</translation>
    </message>
    <message>
        <source>&amp;Add order</source>
        <translation>&amp;Ajouter la commande</translation>
    </message>
    <message>
        <source>Add the order</source>
        <translation>Ajouter la commande</translation>
    </message>
    <message>
        <source>Timer on the page: %1</source>
        <translation>Compte à rebours sur la page : %1</translation>
    </message>
    <message>
        <source>Payment method on the page: %1</source>
        <translation>Moyen de paiement sur la page : %1</translation>
    </message>
    <message>
        <source>Nothing recognized yet.</source>
        <translation>Rien de reconnu pour l&apos;instant.</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>numéro de commande</translation>
    </message>
    <message>
        <source>store</source>
        <translation>boutique</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>order date</source>
        <translation>date de commande</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Encore manquant : %1</translation>
    </message>
</context>
<context>
    <name>PastedFields</name>
    <message>
        <source>Order &amp;number:</source>
        <translation>&amp;Numéro de commande :</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Boutique :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>T&amp;otal:</source>
        <translation>T&amp;otal :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise :</translation>
    </message>
    <message>
        <source>Or&amp;dered on:</source>
        <translation>Comman&amp;dée le :</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>&amp;Payée le :</translation>
    </message>
    <message>
        <source>Trac&amp;king number:</source>
        <translation>Numéro de &amp;suivi :</translation>
    </message>
    <message>
        <source>Carr&amp;ier:</source>
        <translation>T&amp;ransporteur :</translation>
    </message>
    <message>
        <source>the store&apos;s name</source>
        <translation>le nom de la boutique</translation>
    </message>
    <message>
        <source>what you bought</source>
        <translation>ce que vous avez acheté</translation>
    </message>
    <message>
        <source>not paid yet, or not shown</source>
        <translation>pas encore payée, ou non affichée</translation>
    </message>
    <message>
        <source>not shipped yet, or not shown</source>
        <translation>pas encore expédiée, ou non affiché</translation>
    </message>
    <message>
        <source>Status on the page</source>
        <translation>Statut sur la page</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>No countdown</source>
        <translation>Pas de compte à rebours</translation>
    </message>
    <message>
        <source>Buyer protection ends (delivery confirmation)</source>
        <translation>Fin de la protection acheteur (confirmation de livraison)</translation>
    </message>
    <message>
        <source>The seller must ship by</source>
        <translation>Délai d&apos;expédition du vendeur</translation>
    </message>
    <message>
        <source>What the countdown counts down to</source>
        <translation>Ce que décompte le compte à rebours</translation>
    </message>
    <message>
        <source>Countdown on the order page</source>
        <translation>Compte à rebours sur la page de la commande</translation>
    </message>
    <message>
        <source>&amp;Countdown:</source>
        <translation>&amp;Compte à rebours :</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Non affiché</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Pa&amp;yment method:</source>
        <translation>Moyen de pa&amp;iement :</translation>
    </message>
    <message>
        <source>Processing time in days</source>
        <translation>Délai de traitement en jours</translation>
    </message>
    <message>
        <source>Processin&amp;g time:</source>
        <translation>Délai de traite&amp;ment :</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>non affiché</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
</context>
<context>
    <name>ProcessingTimeField</name>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>In days</source>
        <translation>En jours</translation>
    </message>
    <message>
        <source>Ship-by countdown on the order page</source>
        <translation>Compte à rebours d&apos;expédition sur la page de la commande</translation>
    </message>
    <message>
        <source>Processing time is given as</source>
        <translation>Le délai de traitement est indiqué</translation>
    </message>
    <message>
        <source>Processing days</source>
        <translation>Jours de traitement</translation>
    </message>
    <message>
        <source>Ship-by countdown</source>
        <translation>Compte à rebours d&apos;expédition</translation>
    </message>
    <message>
        <source>Enter the ship-by countdown, or choose another way to give the processing time.</source>
        <translation>Saisissez le compte à rebours d&apos;expédition, ou choisissez une autre façon d&apos;indiquer le délai de traitement.</translation>
    </message>
</context>
<context>
    <name>ProtectionField</name>
    <message>
        <source>Protection given as</source>
        <translation>La protection est indiquée</translation>
    </message>
    <message>
        <source>Protection countdown</source>
        <translation>Compte à rebours de la protection</translation>
    </message>
    <message>
        <source>As the order page shows it now; counted from now, not from when it happened.</source>
        <translation>Tel qu&apos;affiché maintenant sur la page de la commande ; compté à partir de maintenant, pas du moment de l&apos;événement.</translation>
    </message>
    <message>
        <source>Protection ends</source>
        <translation>Fin de la protection</translation>
    </message>
    <message>
        <source>Extended by days</source>
        <translation>Prolongation en jours</translation>
    </message>
    <message>
        <source>Enter the countdown the order page shows.</source>
        <translation>Saisissez le compte à rebours affiché sur la page de la commande.</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <source>“%1” is not a rate (try %2).</source>
        <translation>« %1 » n&apos;est pas un taux (essayez %2).</translation>
    </message>
    <message>
        <source>A rate must be a positive number.</source>
        <translation>Un taux doit être un nombre positif.</translation>
    </message>
    <message>
        <source>Statistics show money per currency and never add currencies together. If you enter rates to a home currency here, they also show an estimated total in it, marked as converted. A rate applies from its date until the next one; nothing is fetched online. Changes here are saved as soon as you make them.</source>
        <translation>Les statistiques présentent l&apos;argent par devise et n&apos;additionnent jamais des devises différentes. Si vous saisissez ici des taux vers une devise de référence, elles affichent aussi un total estimé dans cette devise, signalé comme converti. Un taux s&apos;applique de sa date jusqu&apos;au suivant ; rien n&apos;est récupéré en ligne. Les modifications faites ici sont enregistrées immédiatement.</translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation>Devise de référence</translation>
    </message>
    <message>
        <source>None (no converted totals)</source>
        <translation>Aucune (pas de totaux convertis)</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>Currency of the new rate</source>
        <translation>Devise du nouveau taux</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable à partir du</translation>
    </message>
    <message>
        <source>Rate: home currency units for one unit</source>
        <translation>Taux : unités de la devise de référence pour une unité</translation>
    </message>
    <message>
        <source>&amp;Add rate</source>
        <translation>&amp;Ajouter un taux</translation>
    </message>
    <message>
        <source>&amp;Remove rate</source>
        <translation>Suppri&amp;mer le taux</translation>
    </message>
    <message>
        <source>&amp;Home currency:</source>
        <translation>Devise de référe&amp;nce :</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>à partir du</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Choose a home currency to enter rates.</source>
        <translation>Choisissez une devise de référence pour saisir des taux.</translation>
    </message>
    <message>
        <source>Saved: 1 %1 = %2 %3 from %4.</source>
        <translation>Enregistré : 1 %1 = %2 %3 à partir du %4.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Supprimé.</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <source>What went wrong?</source>
        <translation>Quel est le problème ?</translation>
    </message>
    <message>
        <source>Order %1 from %2: %3.</source>
        <translation>Commande %1 chez %2 : %3.</translation>
    </message>
    <message>
        <source>Did the parcel arrive?</source>
        <translation>Le colis est-il arrivé ?</translation>
    </message>
    <message>
        <source>No, I &amp;haven&apos;t received it</source>
        <translation>Non, je ne l&apos;ai pas &amp;reçu</translation>
    </message>
    <message>
        <source>&amp;Yes, but something is wrong with it</source>
        <translation>&amp;Oui, mais il y a un problème</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Non reçu</translation>
    </message>
    <message>
        <source>Received with a problem</source>
        <translation>Reçu avec un problème</translation>
    </message>
    <message>
        <source>What exactly?</source>
        <translation>Quoi exactement ?</translation>
    </message>
    <message>
        <source>Which item is it about?</source>
        <translation>Quel article est concerné ?</translation>
    </message>
    <message>
        <source>The &amp;whole order (the same dispute for every item)</source>
        <translation>Toute la &amp;commande (le même litige pour chaque article)</translation>
    </message>
    <message>
        <source>The whole order</source>
        <translation>Toute la commande</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Article %1 : %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>RefundPage</name>
    <message>
        <source>What do you ask for?</source>
        <translation>Que demandez-vous ?</translation>
    </message>
    <message>
        <source>The order total is %1.</source>
        <translation>Le total de la commande est de %1.</translation>
    </message>
    <message>
        <source>&amp;Full refund: %1</source>
        <translation>Remboursement &amp;total : %1</translation>
    </message>
    <message>
        <source>&amp;Partial refund:</source>
        <translation>Remboursement p&amp;artiel :</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>Remboursement total</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>Remboursement partiel</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Montant en %1</translation>
    </message>
    <message>
        <source>Partial refund amount in %1</source>
        <translation>Montant du remboursement partiel en %1</translation>
    </message>
    <message>
        <source>Problem with the amount</source>
        <translation>Problème de montant</translation>
    </message>
    <message>
        <source>&amp;Return the item (for a full refund)</source>
        <translation>&amp;Retourner l&apos;article (pour un remboursement total)</translation>
    </message>
    <message>
        <source>Return the item</source>
        <translation>Retourner l&apos;article</translation>
    </message>
    <message>
        <source>Usual outcome</source>
        <translation>Issue habituelle</translation>
    </message>
    <message>
        <source>Item %1 cost %2.</source>
        <translation>L&apos;article %1 a coûté %2.</translation>
    </message>
    <message>
        <source>Usually: a full refund.</source>
        <translation>Habituellement : un remboursement total.</translation>
    </message>
    <message>
        <source>Usually: a partial refund while you keep the item, or a full refund if you send it back.</source>
        <translation>Habituellement : un remboursement partiel si vous gardez l&apos;article, ou un remboursement total si vous le renvoyez.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>That is more than the order total, %1.</source>
        <translation>C&apos;est plus que le total de la commande, %1.</translation>
    </message>
    <message>
        <source>That is more than the item cost, %1.</source>
        <translation>C&apos;est plus que le prix de l&apos;article, %1.</translation>
    </message>
</context>
<context>
    <name>RefusalBanner</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Dispute Desk is still running</source>
        <translation>Dispute Desk est toujours en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>It keeps reminding you of deadlines from the tray. To quit, choose Quit in the tray&apos;s menu.</source>
        <translation>Il continue de vous rappeler les échéances depuis la zone de notification. Pour quitter, choisissez Quitter dans le menu de l&apos;icône.</translation>
    </message>
    <message>
        <source>%1: order %2</source>
        <translation>%1 : commande %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Open Dispute Desk</source>
        <translation>&amp;Ouvrir Dispute Desk</translation>
    </message>
    <message>
        <source>Pause reminders for 1 &amp;hour</source>
        <translation>Suspendre les rappels pendant 1 &amp;heure</translation>
    </message>
    <message>
        <source>Pause reminders until &amp;tomorrow</source>
        <translation>Suspendre les rappels jusqu&apos;à &amp;demain</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>&amp;Reprendre les rappels</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message numerus="yes">
        <source>Dispute Desk: %n order(s) needing attention</source>
        <translation>
            <numerusform>Dispute Desk : %n commande à traiter</numerusform>
            <numerusform>Dispute Desk : %n commandes à traiter</numerusform>
        </translation>
    </message>
    <message>
        <source>Dispute Desk</source>
        <translation>Dispute Desk</translation>
    </message>
    <message>
        <source>Reminders paused until %1</source>
        <translation>Rappels suspendus jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>%1 – %2 in %3</source>
        <translation>%1 – %2 dans %3</translation>
    </message>
    <message>
        <source>No deadline within a week</source>
        <translation>Aucune échéance dans la semaine</translation>
    </message>
    <message>
        <source>&amp;Resume reminders (paused until %1)</source>
        <translation>&amp;Reprendre les rappels (suspendus jusqu&apos;au %1)</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Remind me of deadlines with desktop &amp;notifications</source>
        <translation>Me rappeler les échéances par des &amp;notifications de bureau</translation>
    </message>
    <message>
        <source>Remind me this long before a deadline</source>
        <translation>Délais de rappel avant une échéance</translation>
    </message>
    <message>
        <source>Durations such as 7d, 48h, 90m, separated by commas</source>
        <translation>Durées telles que 7d, 48h, 90m, séparées par des virgules</translation>
    </message>
    <message>
        <source>Each deadline is reminded once at each of these times before it. When several have passed at once (the computer was off), only the shortest is sent.</source>
        <translation>Chaque échéance fait l&apos;objet d&apos;un rappel à chacun de ces délais avant elle. Si plusieurs sont passés en même temps (l&apos;ordinateur était éteint), seul le plus court est envoyé.</translation>
    </message>
    <message>
        <source>&amp;Quiet hours from</source>
        <translation>&amp;Heures de silence de</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Début des heures de silence</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin des heures de silence</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Reminders wait until quiet hours end, unless a deadline would pass before.</source>
        <translation>Les rappels attendent la fin des heures de silence, sauf si une échéance doit passer avant.</translation>
    </message>
    <message>
        <source>Remind me &amp;before a deadline:</source>
        <translation>Me rappeler &amp;avant une échéance :</translation>
    </message>
    <message>
        <source>Tray and login</source>
        <translation>Zone de notification et démarrage</translation>
    </message>
    <message>
        <source>Keep running in the &amp;tray when the window is closed</source>
        <translation>Rester actif dans la &amp;zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons.</source>
        <translation>Ce bureau n&apos;affiche pas d&apos;icônes dans la zone de notification.</translation>
    </message>
    <message>
        <source>Start Dispute Desk when I &amp;log in (in the tray)</source>
        <translation>&amp;Lancer Dispute Desk à l&apos;ouverture de session (dans la zone de notification)</translation>
    </message>
    <message>
        <source>Not available on this system.</source>
        <translation>Non disponible sur ce système.</translation>
    </message>
    <message>
        <source>While Dispute Desk is closed</source>
        <translation>Quand Dispute Desk est fermé</translation>
    </message>
    <message>
        <source>To get reminders every 15 minutes while the app is closed, run this once in a command prompt:</source>
        <translation>Pour recevoir des rappels toutes les 15 minutes quand l&apos;application est fermée, exécutez une fois ceci dans une invite de commandes :</translation>
    </message>
    <message>
        <source>To get reminders every 15 minutes while the app is closed, add this line to your crontab (crontab -e):</source>
        <translation>Pour recevoir des rappels toutes les 15 minutes quand l&apos;application est fermée, ajoutez cette ligne à votre crontab (crontab -e) :</translation>
    </message>
    <message>
        <source>The line to install</source>
        <translation>La ligne à installer</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the line to install</source>
        <translation>Copier la ligne à installer</translation>
    </message>
    <message>
        <source>Or let systemd run it:</source>
        <translation>Ou laissez systemd l&apos;exécuter :</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Keep a calendar &amp;file of the deadlines for my calendar app</source>
        <translation>Tenir un &amp;fichier de calendrier des échéances pour mon application d&apos;agenda</translation>
    </message>
    <message>
        <source>Subscribe to this file in your calendar app: it is rewritten whenever a deadline changes, with alarms at the times above.</source>
        <translation>Abonnez-vous à ce fichier dans votre application d&apos;agenda : il est réécrit à chaque changement d&apos;échéance, avec des alarmes aux délais ci-dessus.</translation>
    </message>
    <message>
        <source>The calendar file</source>
        <translation>Le fichier de calendrier</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Copy the calendar file&apos;s location</source>
        <translation>Copier l&apos;emplacement du fichier de calendrier</translation>
    </message>
    <message>
        <source>Entry: %1</source>
        <translation>Entrée de démarrage : %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Impossible d&apos;enregistrer : %1</translation>
    </message>
    <message>
        <source>Remove the systemd &amp;timer</source>
        <translation>Supprimer le &amp;minuteur systemd</translation>
    </message>
    <message>
        <source>Install a systemd &amp;timer</source>
        <translation>Installer un &amp;minuteur systemd</translation>
    </message>
    <message>
        <source>Installed: systemd runs the reminders every 15 minutes (%1).</source>
        <translation>Installé : systemd lance les rappels toutes les 15 minutes (%1).</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Non installé.</translation>
    </message>
    <message>
        <source>systemd refused: %1</source>
        <translation>systemd a refusé : %1</translation>
    </message>
</context>
<context>
    <name>ReportRow</name>
    <message>
        <source>Order %1 · %2 · due %3</source>
        <translation>Commande %1 · %2 · échéance le %3</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open order %1</source>
        <translation>Ouvrir la commande %1</translation>
    </message>
    <message>
        <source>Show order %1 in the main window</source>
        <translation>Afficher la commande %1 dans la fenêtre principale</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>You are looking at sample orders. They are made up and marked as such.</source>
        <translation>Vous consultez des commandes d&apos;exemple. Elles sont fictives et signalées comme telles.</translation>
    </message>
    <message>
        <source>Remove sample orders</source>
        <translation>Supprimer les commandes d&apos;exemple</translation>
    </message>
</context>
<context>
    <name>SampleOrders</name>
    <message>
        <source>Remove sample orders</source>
        <translation>Supprimer les commandes d&apos;exemple</translation>
    </message>
    <message>
        <source>Remove every sample order? Your own orders stay.</source>
        <translation>Supprimer toutes les commandes d&apos;exemple ? Vos propres commandes restent.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings: deadline rules</source>
        <translation>Paramètres : règles des échéances</translation>
    </message>
    <message>
        <source>Deadlines are worked out from these numbers. They come from the platform&apos;s rules, its help centre and buyers&apos; guides, and sources disagree: if your order page says otherwise, change the value here. Every order&apos;s deadlines are recalculated when you apply.</source>
        <translation>Les échéances sont calculées à partir de ces valeurs. Elles proviennent des règles de la plateforme, de son centre d&apos;aide et de guides d&apos;acheteurs, et les sources divergent : si la page de votre commande indique autre chose, modifiez la valeur ici. Les échéances de toutes les commandes sont recalculées quand vous appliquez.</translation>
    </message>
    <message>
        <source>Deadline &amp;rules</source>
        <translation>&amp;Règles des échéances</translation>
    </message>
    <message>
        <source>R&amp;eminders</source>
        <translation>Ra&amp;ppels</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Currencies</source>
        <translation>&amp;Devises</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Recalculating deadlines</source>
        <translation>Recalcul des échéances</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>État des paramètres</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Enregistrer et fermer</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be saved; the rest were saved.</source>
        <translation>
            <numerusform>%n valeur n&apos;a pas pu être enregistrée ; les autres l&apos;ont été.</numerusform>
            <numerusform>%n valeurs n&apos;ont pas pu être enregistrées ; les autres l&apos;ont été.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be saved.</source>
        <translation>
            <numerusform>%n valeur n&apos;a pas pu être enregistrée.</numerusform>
            <numerusform>%n valeurs n&apos;ont pas pu être enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. Every order&apos;s deadlines were recalculated.</source>
        <translation>Enregistré. Les échéances de toutes les commandes ont été recalculées.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Impossible d&apos;enregistrer : %1</translation>
    </message>
    <message>
        <source>Recalculating the deadlines of every order…</source>
        <translation>Recalcul des échéances de toutes les commandes…</translation>
    </message>
    <message>
        <source>this computer&apos;s time zone</source>
        <translation>le fuseau horaire de cet ordinateur</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>The sources disagree:</source>
        <translation>Les sources divergent :</translation>
    </message>
    <message>
        <source>%1 (%2): %3 — %4</source>
        <translation>%1 (%2) : %3 — %4</translation>
    </message>
    <message>
        <source>(in use)</source>
        <translation>(utilisée)</translation>
    </message>
    <message>
        <source>Source in use: %1</source>
        <translation>Source utilisée : %1</translation>
    </message>
    <message>
        <source>Other source: %1</source>
        <translation>Autre source : %1</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>jours ouvrés</translation>
    </message>
    <message>
        <source>official</source>
        <translation>officielle</translation>
    </message>
    <message>
        <source>Published by the platform in its rules.</source>
        <translation>Publiée par la plateforme dans ses règles.</translation>
    </message>
    <message>
        <source>help centre</source>
        <translation>centre d&apos;aide</translation>
    </message>
    <message>
        <source>Copied from the platform&apos;s help centre or its support answers.</source>
        <translation>Reprise du centre d&apos;aide de la plateforme ou de réponses de son service client.</translation>
    </message>
    <message>
        <source>guide</source>
        <translation>guide</translation>
    </message>
    <message>
        <source>From a buyer&apos;s guide or forum; not confirmed by the platform.</source>
        <translation>Tirée d&apos;un guide d&apos;acheteur ou d&apos;un forum ; non confirmée par la plateforme.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n jour ouvré</numerusform>
            <numerusform>%n jours ouvrés</numerusform>
        </translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>%1, at least</source>
        <translation>%1, au moins</translation>
    </message>
    <message>
        <source>%1, at most</source>
        <translation>%1, au plus</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Rétablir la valeur par défaut</translation>
    </message>
    <message>
        <source>Reset %1 to default</source>
        <translation>Rétablir %1 à la valeur par défaut</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut : %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Source (%2): %1</source>
        <translation>Source (%2) : %1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Fiabilité : %1</translation>
    </message>
    <message>
        <source>✎ Changed (default: %1)</source>
        <translation>✎ Modifiée (par défaut : %1)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Filtrer par action ou touche</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Dispute Desk is already open with the data folder {folder}, but it does not answer.

Switch to it, or close it (if it hangs, end it in your system&apos;s task manager) and start Dispute Desk again.</source>
        <translation>Dispute Desk est déjà ouvert avec le dossier de données {folder}, mais il ne répond pas.

Basculez vers lui, ou fermez-le (s&apos;il est bloqué, arrêtez-le dans le gestionnaire des tâches de votre système), puis relancez Dispute Desk.</translation>
    </message>
    <message>
        <source>Dispute Desk</source>
        <translation>Dispute Desk</translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message>
        <source>The order</source>
        <translation>La commande</translation>
    </message>
    <message>
        <source>Check that this is the order you want to cancel, then say why.</source>
        <translation>Vérifiez qu&apos;il s&apos;agit bien de la commande à annuler, puis indiquez pourquoi.</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>I changed my mind</source>
        <translation>J&apos;ai changé d&apos;avis</translation>
    </message>
    <message>
        <source>I found it cheaper</source>
        <translation>Je l&apos;ai trouvé moins cher ailleurs</translation>
    </message>
    <message>
        <source>The seller is out of stock</source>
        <translation>Le vendeur est en rupture de stock</translation>
    </message>
    <message>
        <source>The seller raised the price</source>
        <translation>Le vendeur a augmenté le prix</translation>
    </message>
    <message>
        <source>The seller asked me to cancel</source>
        <translation>Le vendeur m&apos;a demandé d&apos;annuler</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre raison</translation>
    </message>
    <message>
        <source>Why do you want to cancel?</source>
        <translation>Pourquoi voulez-vous annuler ?</translation>
    </message>
    <message>
        <source>Choose a reason to see what to do.</source>
        <translation>Choisissez une raison pour voir quoi faire.</translation>
    </message>
</context>
<context>
    <name>StartupReportDialog</name>
    <message>
        <source>While you were away</source>
        <translation>Pendant votre absence</translation>
    </message>
    <message>
        <source>Something was left unfinished when Dispute Desk last stopped.</source>
        <translation>Une opération est restée inachevée lors du dernier arrêt de Dispute Desk.</translation>
    </message>
    <message>
        <source>Since you last opened Dispute Desk (%1), these deadlines passed or came close.</source>
        <translation>Depuis votre dernière ouverture de Dispute Desk (%1), ces échéances sont passées ou approchent.</translation>
    </message>
    <message>
        <source>These deadlines passed or came close.</source>
        <translation>Ces échéances sont passées ou approchent.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue while you were away (%n)</source>
        <translation>
            <numerusform>En retard pendant votre absence (%n)</numerusform>
            <numerusform>En retard pendant votre absence (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due within 48 hours (%n)</source>
        <translation>
            <numerusform>Échéance dans les 48 heures (%n)</numerusform>
            <numerusform>Échéance dans les 48 heures (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the report</source>
        <translation>Fermer le rapport</translation>
    </message>
    <message>
        <source>The import of %1 started %2 was stopped before it finished. Nothing of it was saved: import the file again.</source>
        <translation>L&apos;import de %1 commencé le %2 a été interrompu avant la fin. Rien n&apos;en a été enregistré : importez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>The restore from %1 started %2 was stopped before it finished. The data is either as it was before or the whole backup, never a mix: check the list, and restore again if it is not what you expect.</source>
        <translation>La restauration depuis %1 commencée le %2 a été interrompue avant la fin. Les données sont soit telles qu&apos;avant, soit la sauvegarde complète, jamais un mélange des deux : vérifiez la liste, et restaurez à nouveau si ce n&apos;est pas ce que vous attendez.</translation>
    </message>
    <message>
        <source>An upgrade of the data (%1) started %2 was stopped; it was made again when the app started, from the copy kept in the backups folder.</source>
        <translation>Une mise à niveau des données (%1) commencée le %2 a été interrompue ; elle a été refaite au démarrage de l&apos;application, à partir de la copie conservée dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un fichier</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more: see the “Needs attention” view.</source>
        <translation>
            <numerusform>…et %n autre : voir la vue « À traiter ».</numerusform>
            <numerusform>…et %n autres : voir la vue « À traiter ».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Currency of the money charts</source>
        <translation>Devise des graphiques financiers</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Toutes les devises</translation>
    </message>
    <message>
        <source>Summary of the period</source>
        <translation>Résumé de la période</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise :</translation>
    </message>
    <message>
        <source>Spending per month</source>
        <translation>Dépenses par mois</translation>
    </message>
    <message>
        <source>Money disputed and recovered</source>
        <translation>Montants en litige et récupérés</translation>
    </message>
    <message>
        <source>Disputes by reason and outcome</source>
        <translation>Litiges par motif et issue</translation>
    </message>
    <message>
        <source>Delivery time (days)</source>
        <translation>Délai de livraison (jours)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) paid, %1 spent; %2 refunded.</source>
        <translation>
            <numerusform>%n commande payée ; dépensé : %1 ; remboursé : %2.</numerusform>
            <numerusform>%n commandes payées ; dépensé : %1 ; remboursé : %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) opened: %1 won, %2 lost, %3 open, %4 cancelled.</source>
        <translation>
            <numerusform>%n litige ouvert — gagnés : %1, perdus : %2, en cours : %3, annulés : %4.</numerusform>
            <numerusform>%n litiges ouverts — gagnés : %1, perdus : %2, en cours : %3, annulés : %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Deadline summary</source>
        <translation>Résumé des échéances</translation>
    </message>
    <message>
        <source>Nothing overdue or due within 48 hours</source>
        <translation>Rien en retard ni à échéance dans les 48 heures</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) overdue or due within 48 hours · at risk: %1</source>
        <translation>
            <numerusform>%n commande en retard ou à échéance dans les 48 heures · en danger : %1</numerusform>
            <numerusform>%n commandes en retard ou à échéance dans les 48 heures · en danger : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreWarning</name>
    <message>
        <source>Store warning</source>
        <translation>Avertissement sur la boutique</translation>
    </message>
</context>
<context>
    <name>StoresView</name>
    <message>
        <source>Filter stores by name</source>
        <translation>Filtrer les boutiques par nom</translation>
    </message>
    <message>
        <source>Filter stores</source>
        <translation>Filtrer les boutiques</translation>
    </message>
    <message>
        <source>Edit &amp;note</source>
        <translation>Modifier la &amp;note</translation>
    </message>
    <message>
        <source>Edit the note of the selected store</source>
        <translation>Modifier la note de la boutique sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Avoid this store</source>
        <translation>É&amp;viter cette boutique</translation>
    </message>
    <message>
        <source>Mark the selected store as one to avoid</source>
        <translation>Marquer la boutique sélectionnée comme à éviter</translation>
    </message>
    <message>
        <source>Show &amp;orders</source>
        <translation>Afficher les &amp;commandes</translation>
    </message>
    <message>
        <source>Show the orders of the selected store</source>
        <translation>Afficher les commandes de la boutique sélectionnée</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Boutiques</translation>
    </message>
    <message>
        <source>Reading the stores…</source>
        <translation>Lecture des boutiques…</translation>
    </message>
    <message numerus="yes">
        <source>%n store(s).</source>
        <translation>
            <numerusform>%n boutique.</numerusform>
            <numerusform>%n boutiques.</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Aucune commande pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>TextPage</name>
    <message>
        <source>The dispute text</source>
        <translation>Le texte du litige</translation>
    </message>
    <message>
        <source>Fill in the […] parts, then paste it into the dispute form.</source>
        <translation>Complétez les parties entre […], puis collez le texte dans le formulaire de litige.</translation>
    </message>
    <message>
        <source>Dispute text</source>
        <translation>Texte du litige</translation>
    </message>
    <message>
        <source>Copied. Paste it into the dispute form.</source>
        <translation>Copié. Collez-le dans le formulaire de litige.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
</context>
<context>
    <name>TimelineList</name>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Rien n&apos;a encore été enregistré.</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>Dispute Desk user guide</source>
        <translation>Guide d&apos;utilisation de Dispute Desk</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Ouvrir dans le &amp;navigateur</translation>
    </message>
</context>
<context>
    <name>VerdictPage</name>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>For this order and your reason, as of now.</source>
        <translation>Pour cette commande et votre motif, à l&apos;instant présent.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>The wait is over: press Back, then Next, to see what to do now.</source>
        <translation>L&apos;attente est terminée : cliquez sur Précédent, puis sur Suivant, pour voir quoi faire maintenant.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>&amp;Ship-by countdown on the order page:</source>
        <translation>Compte à rebours d&apos;e&amp;xpédition sur la page de la commande :</translation>
    </message>
    <message>
        <source>Ship-by countdown</source>
        <translation>Compte à rebours d&apos;expédition</translation>
    </message>
    <message>
        <source>Finish saves this ship-by time on the order.</source>
        <translation>Terminer enregistre ce délai d&apos;expédition dans la commande.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Until the unpaid order closes by itself</source>
        <translation>Jusqu&apos;à la fermeture automatique de la commande impayée</translation>
    </message>
    <message>
        <source>Until the payment check ends and cancelling becomes possible</source>
        <translation>Jusqu&apos;à la fin de la vérification du paiement, quand l&apos;annulation devient possible</translation>
    </message>
    <message>
        <source>Until the seller&apos;s time to ship runs out</source>
        <translation>Jusqu&apos;à l&apos;expiration du délai d&apos;expédition du vendeur</translation>
    </message>
    <message>
        <source>Until the request is approved automatically if the seller stays silent</source>
        <translation>Jusqu&apos;à l&apos;acceptation automatique de la demande si le vendeur ne répond pas</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>the seller&apos;s ship-by time (the processing-time countdown on the order page)</source>
        <translation>le délai d&apos;expédition du vendeur (le compte à rebours du délai de traitement sur la page de la commande)</translation>
    </message>
    <message>
        <source>when you paid</source>
        <translation>la date de votre paiement</translation>
    </message>
    <message>
        <source>Not known: %1. The advice doesn&apos;t guess it: type the countdown the order page shows below, or leave it empty.</source>
        <translation>Inconnu : %1. L&apos;assistant ne le devine pas : saisissez ci-dessous le compte à rebours affiché sur la page de la commande, ou laissez vide.</translation>
    </message>
    <message>
        <source>Not known: %1. The advice doesn&apos;t guess it, so check the order page.</source>
        <translation>Inconnu : %1. L&apos;assistant ne le devine pas : vérifiez la page de la commande.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <source>argument {option}: {problem}</source>
        <translation>argument {option} : {problem}</translation>
    </message>
    <message>
        <source>the following arguments are required: {arguments}</source>
        <translation>les arguments suivants sont obligatoires : {arguments}</translation>
    </message>
    <message>
        <source>one of the arguments {arguments} is required</source>
        <translation>l&apos;un des arguments {arguments} est obligatoire</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>arguments non reconnus : {arguments}</translation>
    </message>
    <message>
        <source>not allowed with argument {option}</source>
        <translation>non autorisé avec l&apos;argument {option}</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>choix non valide : {value} (choisissez parmi {choices})</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>option ambiguë : {option} peut correspondre à {matches}</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>{path} is a folder; choose a file name for the backup</source>
        <translation>{path} est un dossier ; choisissez un nom de fichier pour la sauvegarde</translation>
    </message>
    <message>
        <source>{path} is part of the data being backed up; choose another file</source>
        <translation>{path} fait partie des données sauvegardées ; choisissez un autre fichier</translation>
    </message>
    <message>
        <source>the folder {path} does not exist</source>
        <translation>le dossier {path} n&apos;existe pas</translation>
    </message>
    <message>
        <source>there is no data to back up in {path}</source>
        <translation>aucune donnée à sauvegarder dans {path}</translation>
    </message>
    <message>
        <source>can&apos;t find a free name for the backup in {path}</source>
        <translation>impossible de trouver un nom libre pour la sauvegarde dans {path}</translation>
    </message>
    <message>
        <source>not enough free disk space for the backup: the disk holding {path} has {free} free and the backup needs about {needed}; free some space and try again</source>
        <translation>espace disque insuffisant pour la sauvegarde : le disque contenant {path} a {free} de libre et la sauvegarde a besoin d&apos;environ {needed} ; libérez de l&apos;espace et réessayez</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name (a backup never overwrites a file)</source>
        <translation>{path} existe déjà ; choisissez un autre nom (une sauvegarde n&apos;écrase jamais un fichier)</translation>
    </message>
    <message>
        <source>{file} is not a file</source>
        <translation>{file} n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>{file} is not a readable zip archive ({reason})</source>
        <translation>{file} n&apos;est pas une archive zip lisible ({reason})</translation>
    </message>
    <message>
        <source>{file} holds {count} files, more than a backup can ({max_members})</source>
        <translation>{file} contient {count} fichiers, plus qu&apos;une sauvegarde ne peut en contenir ({max_members})</translation>
    </message>
    <message>
        <source>{file} has no {manifest}; it is not a Dispute Desk backup</source>
        <translation>{file} ne contient pas de {manifest} ; ce n&apos;est pas une sauvegarde Dispute Desk</translation>
    </message>
    <message>
        <source>{file}: the member name {name} is not a plain path</source>
        <translation>{file} : le nom d&apos;élément {name} n&apos;est pas un chemin simple</translation>
    </message>
    <message>
        <source>{file}: {name} is a symbolic link; a backup holds only plain files</source>
        <translation>{file} : {name} est un lien symbolique ; une sauvegarde ne contient que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>{file}: {name} is not a plain file</source>
        <translation>{file} : {name} n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>{file}: unexpected file {name} (not part of a Dispute Desk backup)</source>
        <translation>{file} : fichier inattendu {name} (il ne fait pas partie d&apos;une sauvegarde Dispute Desk)</translation>
    </message>
    <message>
        <source>{file}: {name} appears twice</source>
        <translation>{file} : {name} apparaît deux fois</translation>
    </message>
    <message>
        <source>{file}: {name} is encrypted</source>
        <translation>{file} : {name} est chiffré</translation>
    </message>
    <message>
        <source>{file}: {name} uses an unsupported compression method</source>
        <translation>{file} : {name} utilise une méthode de compression non prise en charge</translation>
    </message>
    <message>
        <source>{file}: {name} would expand more than {max_ratio} times (a zip bomb?); not restoring it</source>
        <translation>{file} : {name} se décompresserait plus de {max_ratio} fois (une bombe zip ?) ; il n&apos;est pas restauré</translation>
    </message>
    <message>
        <source>{file} would unpack to {total} bytes, more than the {max_total} a backup may hold</source>
        <translation>{file} se décompresserait en {total} octets, plus que les {max_total} qu&apos;une sauvegarde peut contenir</translation>
    </message>
    <message>
        <source>{file}: {name} is an absolute path; a backup holds only relative names</source>
        <translation>{file} : {name} est un chemin absolu ; une sauvegarde ne contient que des noms relatifs</translation>
    </message>
    <message>
        <source>{file}: {name} points outside the data folder (&apos;..&apos;)</source>
        <translation>{file} : {name} pointe hors du dossier des données (&apos;..&apos;)</translation>
    </message>
    <message>
        <source>{file}: {manifest} is too large</source>
        <translation>{file} : {manifest} est trop volumineux</translation>
    </message>
    <message>
        <source>{file}: {manifest} can&apos;t be read ({reason})</source>
        <translation>{file} : {manifest} est illisible ({reason})</translation>
    </message>
    <message>
        <source>{file}: the manifest lists no database</source>
        <translation>{file} : le manifeste ne mentionne aucune base de données</translation>
    </message>
    <message>
        <source>{file} does not match its manifest (missing {names})</source>
        <translation>{file} ne correspond pas à son manifeste (manquants : {names})</translation>
    </message>
    <message>
        <source>{file} does not match its manifest (not in the manifest: {names})</source>
        <translation>{file} ne correspond pas à son manifeste (absents du manifeste : {names})</translation>
    </message>
    <message>
        <source>{file}: {name} has another size than the manifest says</source>
        <translation>{file} : la taille de {name} diffère de celle indiquée dans le manifeste</translation>
    </message>
    <message>
        <source>{file}: {name} is longer than the manifest says</source>
        <translation>{file} : {name} est plus long que ne l&apos;indique le manifeste</translation>
    </message>
    <message>
        <source>{file}: {name} can&apos;t be read; the archive is damaged ({reason})</source>
        <translation>{file} : {name} est illisible ; l&apos;archive est endommagée ({reason})</translation>
    </message>
    <message>
        <source>{file}: {name} is shorter than the manifest says; the archive is damaged</source>
        <translation>{file} : {name} est plus court que ne l&apos;indique le manifeste ; l&apos;archive est endommagée</translation>
    </message>
    <message>
        <source>{file}: {name} does not match its SHA-256 in the manifest; the archive is damaged</source>
        <translation>{file} : {name} ne correspond pas à son SHA-256 dans le manifeste ; l&apos;archive est endommagée</translation>
    </message>
    <message>
        <source>{file}: {manifest} is not valid ({what})</source>
        <translation>{file} : {manifest} n&apos;est pas valide ({what})</translation>
    </message>
    <message>
        <source>not a Dispute Desk backup manifest</source>
        <translation>ce n&apos;est pas un manifeste de sauvegarde Dispute Desk</translation>
    </message>
    <message>
        <source>no format version</source>
        <translation>aucune version de format</translation>
    </message>
    <message>
        <source>{file} was made by a newer Dispute Desk (backup format {version}); update the app</source>
        <translation>{file} a été créé par une version plus récente de Dispute Desk (format de sauvegarde {version}) ; mettez l&apos;application à jour</translation>
    </message>
    <message>
        <source>no {key}</source>
        <translation>{key} manquant</translation>
    </message>
    <message>
        <source>unknown kind {kind}</source>
        <translation>type inconnu {kind}</translation>
    </message>
    <message>
        <source>created_at is not a time</source>
        <translation>created_at n&apos;est pas une date et heure</translation>
    </message>
    <message>
        <source>no member list</source>
        <translation>aucune liste d&apos;éléments</translation>
    </message>
    <message>
        <source>a member entry is not an object</source>
        <translation>une entrée d&apos;élément n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>member name {name}</source>
        <translation>nom d&apos;élément {name}</translation>
    </message>
    <message>
        <source>size of {name}</source>
        <translation>taille de {name}</translation>
    </message>
    <message>
        <source>hash of {name}</source>
        <translation>empreinte de {name}</translation>
    </message>
    <message>
        <source>{file}: {name} holds other content than its name says</source>
        <translation>{file} : le contenu de {name} ne correspond pas à ce qu&apos;indique son nom</translation>
    </message>
    <message>
        <source>the number of daily backups to keep must be a whole number from 0 to 1000</source>
        <translation>le nombre de sauvegardes quotidiennes à conserver doit être un nombre entier de 0 à 1000</translation>
    </message>
    <message>
        <source>the number of weekly backups to keep must be a whole number from 0 to 1000</source>
        <translation>le nombre de sauvegardes hebdomadaires à conserver doit être un nombre entier de 0 à 1000</translation>
    </message>
    <message>
        <source>the number of monthly backups to keep must be a whole number from 0 to 1000</source>
        <translation>le nombre de sauvegardes mensuelles à conserver doit être un nombre entier de 0 à 1000</translation>
    </message>
    <message>
        <source>keep at least one automatic backup (daily, weekly or monthly)</source>
        <translation>conservez au moins une sauvegarde automatique (quotidienne, hebdomadaire ou mensuelle)</translation>
    </message>
    <message>
        <source>{file}: the database in it is damaged or not a Dispute Desk file ({reason})</source>
        <translation>{file} : la base de données qu&apos;il contient est endommagée ou n&apos;est pas un fichier Dispute Desk ({reason})</translation>
    </message>
    <message>
        <source>{file}: the database in it holds no data</source>
        <translation>{file} : la base de données qu&apos;il contient est vide</translation>
    </message>
    <message>
        <source>{file} was made by a newer Dispute Desk (schema {revision}); update the app to restore it</source>
        <translation>{file} a été créé par une version plus récente de Dispute Desk (schéma {revision}) ; mettez l&apos;application à jour pour le restaurer</translation>
    </message>
    <message>
        <source>{file}: the database in it can&apos;t be upgraded ({reason})</source>
        <translation>{file} : la base de données qu&apos;il contient ne peut pas être mise à niveau ({reason})</translation>
    </message>
    <message>
        <source>{file}: the database in it is damaged ({reason})</source>
        <translation>{file} : la base de données qu&apos;il contient est endommagée ({reason})</translation>
    </message>
    <message>
        <source>{file}: the database in it fails its check ({problems})</source>
        <translation>{file} : la base de données qu&apos;il contient ne passe pas la vérification ({problems})</translation>
    </message>
    <message>
        <source>not enough free disk space to restore {file}: {needed} MB needed, {free} MB free</source>
        <translation>espace disque insuffisant pour restaurer {file} : {needed} Mo nécessaires, {free} Mo libres</translation>
    </message>
    <message>
        <source>the data is in use by another Dispute Desk window or command; close it and try again</source>
        <translation>les données sont utilisées par une autre fenêtre ou commande Dispute Desk ; fermez-la et réessayez</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Unpaid order closes</source>
        <translation>Fermeture de la commande impayée</translation>
    </message>
    <message>
        <source>Payment check ends</source>
        <translation>Fin de la vérification du paiement</translation>
    </message>
    <message>
        <source>Seller must ship</source>
        <translation>Fin du délai d&apos;expédition</translation>
    </message>
    <message>
        <source>Cancellation approved automatically</source>
        <translation>Annulation acceptée automatiquement</translation>
    </message>
    <message>
        <source>Ask for a protection extension</source>
        <translation>Demander une prolongation de la protection</translation>
    </message>
    <message>
        <source>Buyer protection ends</source>
        <translation>Fin de la protection acheteur</translation>
    </message>
    <message>
        <source>Not-received dispute can be opened</source>
        <translation>Litige « non reçu » possible</translation>
    </message>
    <message>
        <source>Last day to open a dispute</source>
        <translation>Dernier jour pour ouvrir un litige</translation>
    </message>
    <message>
        <source>Seller must answer the dispute</source>
        <translation>Le vendeur doit répondre au litige</translation>
    </message>
    <message>
        <source>Dispute goes to the platform</source>
        <translation>Transmission du litige à la plateforme</translation>
    </message>
    <message>
        <source>Ship the return</source>
        <translation>Expédier le retour</translation>
    </message>
    <message>
        <source>Refund expected</source>
        <translation>Remboursement attendu</translation>
    </message>
    <message>
        <source>Last day for a PayPal dispute</source>
        <translation>Dernier jour pour un litige PayPal</translation>
    </message>
    <message>
        <source>Last day for a chargeback</source>
        <translation>Dernier jour pour une rétrofacturation</translation>
    </message>
    <message>
        <source>Order {order}: {title}</source>
        <translation>Commande {order} : {title}</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Commande {order}</translation>
    </message>
    <message>
        <source>{deadline}: order {order} ({store})</source>
        <translation>{deadline} : commande {order} ({store})</translation>
    </message>
    <message>
        <source>{deadline}: order {order}</source>
        <translation>{deadline} : commande {order}</translation>
    </message>
    <message>
        <source>Store: {store}</source>
        <translation>Boutique : {store}</translation>
    </message>
    <message>
        <source>Due {time} (from the order page).</source>
        <translation>Échéance le {time} (d&apos;après la page de la commande).</translation>
    </message>
    <message>
        <source>Due {time} (estimated from the rules).</source>
        <translation>Échéance le {time} (estimée d&apos;après les règles).</translation>
    </message>
</context>
<context>
    <name>cancel</name>
    <message numerus="yes">
        <source>Nothing to do: the order isn&apos;t paid, so it closes by itself %n day(s) after it was placed, with no penalty.</source>
        <translation>
            <numerusform>Rien à faire : la commande n&apos;est pas payée, elle se ferme donc d&apos;elle-même %n jour après avoir été passée, sans pénalité.</numerusform>
            <numerusform>Rien à faire : la commande n&apos;est pas payée, elle se ferme donc d&apos;elle-même %n jours après avoir été passée, sans pénalité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Don&apos;t pay for it.</source>
        <translation>Ne la payez pas.</translation>
    </message>
    <message>
        <source>Ignore the seller&apos;s reminders to pay: an unpaid order costs you nothing.</source>
        <translation>Ignorez les relances du vendeur pour le paiement : une commande impayée ne vous coûte rien.</translation>
    </message>
    <message>
        <source>It closes by itself when the countdown ends.</source>
        <translation>Elle se ferme d&apos;elle-même à la fin du compte à rebours.</translation>
    </message>
    <message>
        <source>If you cancel it on the order page anyway, record that here.</source>
        <translation>Si vous l&apos;annulez quand même sur la page de la commande, enregistrez-le ici.</translation>
    </message>
    <message numerus="yes">
        <source>Wait until the payment check ends (%n hour(s) after paying): the order can&apos;t be cancelled before then.</source>
        <translation>
            <numerusform>Attendez la fin de la vérification du paiement (%n heure après le paiement) : la commande ne peut pas être annulée avant.</numerusform>
            <numerusform>Attendez la fin de la vérification du paiement (%n heures après le paiement) : la commande ne peut pas être annulée avant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Then open this wizard again: the advice continues from there.</source>
        <translation>Rouvrez ensuite cet assistant : les conseils reprendront à partir de là.</translation>
    </message>
    <message>
        <source>Since the seller can&apos;t or won&apos;t ship, you will most likely just let the ship-by time run out: the order then closes by itself and the money comes back.</source>
        <translation>Comme le vendeur ne peut pas ou ne veut pas expédier, le plus simple est sans doute de laisser expirer le délai d&apos;expédition : la commande se ferme alors d&apos;elle-même et l&apos;argent vous est rendu.</translation>
    </message>
    <message>
        <source>Wait: the payment is still being checked, and the order can&apos;t be cancelled until the check ends.</source>
        <translation>Patientez : le paiement est encore en cours de vérification, et la commande ne peut pas être annulée avant la fin de cette vérification.</translation>
    </message>
    <message numerus="yes">
        <source>Don&apos;t cancel the order yourself, even if the seller asks: if it isn&apos;t shipped in time, it closes by itself and the money comes back automatically (usually within %n business day(s)).</source>
        <translation>
            <numerusform>N&apos;annulez pas la commande vous-même, même si le vendeur vous le demande : si elle n&apos;est pas expédiée à temps, elle se ferme d&apos;elle-même et l&apos;argent vous est rendu automatiquement (généralement sous %n jour ouvré).</numerusform>
            <numerusform>N&apos;annulez pas la commande vous-même, même si le vendeur vous le demande : si elle n&apos;est pas expédiée à temps, elle se ferme d&apos;elle-même et l&apos;argent vous est rendu automatiquement (généralement sous %n jours ouvrés).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Don&apos;t cancel the order yourself, even if the seller asks: if it isn&apos;t shipped in time, it closes by itself and the money comes back automatically (usually within {low}–%n business day(s)).</source>
        <translation>
            <numerusform>N&apos;annulez pas la commande vous-même, même si le vendeur vous le demande : si elle n&apos;est pas expédiée à temps, elle se ferme d&apos;elle-même et l&apos;argent vous est rendu automatiquement (généralement sous {low} à %n jour ouvré).</numerusform>
            <numerusform>N&apos;annulez pas la commande vous-même, même si le vendeur vous le demande : si elle n&apos;est pas expédiée à temps, elle se ferme d&apos;elle-même et l&apos;argent vous est rendu automatiquement (généralement sous {low} à %n jours ouvrés).</numerusform>
        </translation>
    </message>
    <message>
        <source>{advice} Sellers ask buyers to cancel so that the failure to ship doesn&apos;t count against the store; you don&apos;t have to.</source>
        <translation>{advice} Les vendeurs demandent aux acheteurs d&apos;annuler pour que le défaut d&apos;expédition ne soit pas compté contre leur boutique ; rien ne vous y oblige.</translation>
    </message>
    <message>
        <source>Send the seller the drafted message, so they know what to expect.</source>
        <translation>Envoyez au vendeur le message préparé, pour qu&apos;il sache à quoi s&apos;attendre.</translation>
    </message>
    <message>
        <source>If the seller ships after all, record it here: the parcel is then on its way.</source>
        <translation>Si le vendeur expédie finalement la commande, enregistrez-le ici : le colis est alors en route.</translation>
    </message>
    <message>
        <source>Better not to cancel: wait until the seller&apos;s time to ship runs out, and the order closes and refunds itself. The ship-by time isn&apos;t known yet.</source>
        <translation>Mieux vaut ne pas annuler : attendez que le délai d&apos;expédition du vendeur expire ; la commande se ferme et se rembourse alors d&apos;elle-même. Le délai d&apos;expédition n&apos;est pas encore connu.</translation>
    </message>
    <message>
        <source>Look on the order page for the countdown of the seller&apos;s time to ship (processing time): this app doesn&apos;t know it yet. When it ends, the order closes by itself.</source>
        <translation>Cherchez sur la page de la commande le compte à rebours du délai d&apos;expédition du vendeur (délai de traitement) : l&apos;application ne le connaît pas encore. À son terme, la commande se ferme d&apos;elle-même.</translation>
    </message>
    <message>
        <source>Better not to cancel: wait until the ship-by time runs out; the order then closes by itself and the money comes back automatically.</source>
        <translation>Mieux vaut ne pas annuler : attendez l&apos;expiration du délai d&apos;expédition ; la commande se ferme alors d&apos;elle-même et l&apos;argent vous est rendu automatiquement.</translation>
    </message>
    <message>
        <source>Wait for the ship-by countdown to end.</source>
        <translation>Attendez la fin du compte à rebours d&apos;expédition.</translation>
    </message>
    <message>
        <source>Don&apos;t cancel anything: the order closes by itself.</source>
        <translation>N&apos;annulez rien : la commande se ferme d&apos;elle-même.</translation>
    </message>
    <message>
        <source>The refund should have arrived by now. If it hasn&apos;t, contact support or your bank, with the order number at hand.</source>
        <translation>Le remboursement aurait déjà dû arriver. Si ce n&apos;est pas le cas, contactez le service client ou votre banque, en ayant le numéro de commande sous la main.</translation>
    </message>
    <message numerus="yes">
        <source>The money goes back to where it came from, usually within %n business day(s).</source>
        <translation>
            <numerusform>L&apos;argent retourne d&apos;où il vient, généralement sous %n jour ouvré.</numerusform>
            <numerusform>L&apos;argent retourne d&apos;où il vient, généralement sous %n jours ouvrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The money goes back to where it came from, usually within {low}–%n business day(s).</source>
        <translation>
            <numerusform>L&apos;argent retourne d&apos;où il vient, généralement sous {low} à %n jour ouvré.</numerusform>
            <numerusform>L&apos;argent retourne d&apos;où il vient, généralement sous {low} à %n jours ouvrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>If it hasn&apos;t arrived when the countdown ends, contact support or your bank.</source>
        <translation>S&apos;il n&apos;est pas arrivé à la fin du compte à rebours, contactez le service client ou votre banque.</translation>
    </message>
    <message>
        <source>The seller didn&apos;t ship in time: the order closes by itself and the refund is on its way.</source>
        <translation>Le vendeur n&apos;a pas expédié à temps : la commande se ferme d&apos;elle-même et le remboursement est en route.</translation>
    </message>
    <message>
        <source>Ask to cancel: write to the seller first, then press &quot;Cancel order&quot; on the order page.</source>
        <translation>Demandez l&apos;annulation : écrivez d&apos;abord au vendeur, puis cliquez sur « Annuler la commande » sur la page de la commande.</translation>
    </message>
    <message>
        <source>Write to the seller now, before the order ships: ask them to approve the cancellation (a message is drafted for you). Be quick: once it has shipped, it can&apos;t be cancelled.</source>
        <translation>Écrivez au vendeur dès maintenant, avant l&apos;expédition : demandez-lui d&apos;accepter l&apos;annulation (un message est préparé pour vous). Faites vite : une fois expédiée, la commande ne peut plus être annulée.</translation>
    </message>
    <message>
        <source>Press &quot;Cancel order&quot; on the order page and choose your reason.</source>
        <translation>Cliquez sur « Annuler la commande » sur la page de la commande et choisissez votre raison.</translation>
    </message>
    <message numerus="yes">
        <source>The money comes back only if the seller approves. If the seller doesn&apos;t answer within %n hour(s), the request is approved automatically.</source>
        <translation>
            <numerusform>L&apos;argent ne vous est rendu que si le vendeur accepte. S&apos;il ne répond pas sous %n heure, la demande est acceptée automatiquement.</numerusform>
            <numerusform>L&apos;argent ne vous est rendu que si le vendeur accepte. S&apos;il ne répond pas sous %n heures, la demande est acceptée automatiquement.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the seller says the order has already shipped, it can&apos;t be cancelled any more: wait for the parcel, or open a dispute when its time comes.</source>
        <translation>Si le vendeur dit que la commande est déjà expédiée, elle ne peut plus être annulée : attendez le colis, ou ouvrez un litige le moment venu.</translation>
    </message>
    <message>
        <source>Record here that you asked to cancel, so the app counts down to the automatic approval.</source>
        <translation>Enregistrez ici votre demande d&apos;annulation, pour que l&apos;application décompte le temps jusqu&apos;à l&apos;acceptation automatique.</translation>
    </message>
    <message>
        <source>Your cancellation request is waiting for the seller; if the seller stays silent, it is approved automatically when the countdown ends.</source>
        <translation>Votre demande d&apos;annulation attend la réponse du vendeur ; s&apos;il ne répond pas, elle est acceptée automatiquement à la fin du compte à rebours.</translation>
    </message>
    <message>
        <source>If you haven&apos;t written to the seller yet, do it now (a message is drafted for you).</source>
        <translation>Si vous n&apos;avez pas encore écrit au vendeur, faites-le maintenant (un message est préparé pour vous).</translation>
    </message>
    <message numerus="yes">
        <source>If the seller doesn&apos;t answer within %n hour(s) of your request, it is approved automatically and the money comes back.</source>
        <translation>
            <numerusform>Si le vendeur ne répond pas dans un délai de %n heure après votre demande, elle est acceptée automatiquement et l&apos;argent vous est rendu.</numerusform>
            <numerusform>Si le vendeur ne répond pas dans un délai de %n heures après votre demande, elle est acceptée automatiquement et l&apos;argent vous est rendu.</numerusform>
        </translation>
    </message>
    <message>
        <source>When the seller approves or refuses, record it here.</source>
        <translation>Quand le vendeur accepte ou refuse, enregistrez-le ici.</translation>
    </message>
    <message>
        <source>If the seller says the order has already shipped, record it as shipped: then wait for the parcel, or open a dispute when its time comes.</source>
        <translation>Si le vendeur dit que la commande est déjà expédiée, enregistrez-la comme expédiée : attendez ensuite le colis, ou ouvrez un litige le moment venu.</translation>
    </message>
    <message>
        <source>Don&apos;t confirm receipt before the parcel is in your hands.</source>
        <translation>Ne confirmez pas la réception avant d&apos;avoir le colis entre les mains.</translation>
    </message>
    <message>
        <source>Cancelling is no longer possible: the order has shipped. Tracking says it was delivered.</source>
        <translation>L&apos;annulation n&apos;est plus possible : la commande a été expédiée. Le suivi indique qu&apos;elle a été livrée.</translation>
    </message>
    <message>
        <source>Check the parcel when you have it.</source>
        <translation>Vérifiez le colis dès que vous l&apos;avez.</translation>
    </message>
    <message>
        <source>Confirm receipt only when everything is right: that ends buyer protection.</source>
        <translation>Ne confirmez la réception que si tout est en ordre : cela met fin à la protection acheteur.</translation>
    </message>
    <message>
        <source>If something is wrong, or the parcel never reached you, open a dispute before buyer protection ends.</source>
        <translation>En cas de problème, ou si le colis ne vous est jamais parvenu, ouvrez un litige avant la fin de la protection acheteur.</translation>
    </message>
    <message>
        <source>Cancelling is no longer possible: the order has shipped. Wait for the parcel; a &quot;not received&quot; dispute can be opened when the countdown ends.</source>
        <translation>L&apos;annulation n&apos;est plus possible : la commande a été expédiée. Attendez le colis ; un litige « non reçu » pourra être ouvert à la fin du compte à rebours.</translation>
    </message>
    <message>
        <source>Wait for the parcel and keep an eye on its tracking.</source>
        <translation>Attendez le colis et surveillez son suivi.</translation>
    </message>
    <message numerus="yes">
        <source>From %n day(s) after shipment, a &quot;not received&quot; dispute can be opened if tracking stops moving or shows something wrong.</source>
        <translation>
            <numerusform>À partir de %n jour après l&apos;expédition, un litige « non reçu » peut être ouvert si le suivi ne bouge plus ou indique une anomalie.</numerusform>
            <numerusform>À partir de %n jours après l&apos;expédition, un litige « non reçu » peut être ouvert si le suivi ne bouge plus ou indique une anomalie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling is no longer possible: the order has shipped. Wait for the parcel, or open a &quot;not received&quot; dispute now if tracking has stalled.</source>
        <translation>L&apos;annulation n&apos;est plus possible : la commande a été expédiée. Attendez le colis, ou ouvrez dès maintenant un litige « non reçu » si le suivi est bloqué.</translation>
    </message>
    <message>
        <source>Check the tracking: if it hasn&apos;t moved for a long time or shows another destination, open a dispute now.</source>
        <translation>Vérifiez le suivi : s&apos;il n&apos;a pas bougé depuis longtemps ou indique une autre destination, ouvrez un litige maintenant.</translation>
    </message>
    <message>
        <source>Otherwise wait for the parcel, and open a dispute before buyer protection ends if it doesn&apos;t come.</source>
        <translation>Sinon, attendez le colis, et ouvrez un litige avant la fin de la protection acheteur s&apos;il n&apos;arrive pas.</translation>
    </message>
    <message>
        <source>Nothing to cancel: the seller didn&apos;t answer in time, so your cancellation was approved automatically and the refund is on its way.</source>
        <translation>Rien à annuler : le vendeur n&apos;a pas répondu à temps, votre annulation a donc été acceptée automatiquement et le remboursement est en route.</translation>
    </message>
    <message>
        <source>Record here that the cancellation was approved.</source>
        <translation>Enregistrez ici que l&apos;annulation a été acceptée.</translation>
    </message>
    <message>
        <source>Nothing to cancel: a refund for this order is already on its way.</source>
        <translation>Rien à annuler : un remboursement pour cette commande est déjà en route.</translation>
    </message>
    <message>
        <source>Record here when the money arrives.</source>
        <translation>Enregistrez ici l&apos;arrivée de l&apos;argent.</translation>
    </message>
    <message numerus="yes">
        <source>The money goes back to where it came from; allow up to %n business day(s) for your payment method.</source>
        <translation>
            <numerusform>L&apos;argent retourne d&apos;où il vient ; avec votre moyen de paiement, comptez jusqu&apos;à %n jour ouvré.</numerusform>
            <numerusform>L&apos;argent retourne d&apos;où il vient ; avec votre moyen de paiement, comptez jusqu&apos;à %n jours ouvrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>If it doesn&apos;t arrive in time, contact support or your bank, with the order number at hand.</source>
        <translation>S&apos;il n&apos;arrive pas à temps, contactez le service client ou votre banque, en ayant le numéro de commande sous la main.</translation>
    </message>
    <message>
        <source>Cancelling is not possible: the order is in a dispute. Follow the dispute instead.</source>
        <translation>L&apos;annulation est impossible : la commande fait l&apos;objet d&apos;un litige. Suivez plutôt le litige.</translation>
    </message>
    <message>
        <source>Follow the dispute: its deadlines are on the order.</source>
        <translation>Suivez le litige : ses échéances figurent sur la commande.</translation>
    </message>
    <message>
        <source>Don&apos;t cancel the dispute or confirm receipt on the seller&apos;s promise alone.</source>
        <translation>N&apos;annulez pas le litige et ne confirmez pas la réception sur la seule promesse du vendeur.</translation>
    </message>
    <message>
        <source>If something is wrong with the order, you can still open a dispute before the dispute window ends.</source>
        <translation>En cas de problème avec la commande, vous pouvez encore ouvrir un litige avant la fin du délai d&apos;ouverture de litige.</translation>
    </message>
    <message>
        <source>The platform&apos;s dispute window has closed.</source>
        <translation>Le délai d&apos;ouverture de litige de la plateforme est écoulé.</translation>
    </message>
    <message>
        <source>Nothing to cancel: the order is completed and the seller was paid.</source>
        <translation>Rien à annuler : la commande est terminée et le vendeur a été payé.</translation>
    </message>
    <message>
        <source>Nothing to cancel: the order is already cancelled.</source>
        <translation>Rien à annuler : la commande est déjà annulée.</translation>
    </message>
    <message>
        <source>Nothing to cancel: the order was never paid and has closed by itself.</source>
        <translation>Rien à annuler : la commande n&apos;a jamais été payée et s&apos;est fermée d&apos;elle-même.</translation>
    </message>
    <message>
        <source>Nothing to cancel: the order is already refunded.</source>
        <translation>Rien à annuler : la commande est déjà remboursée.</translation>
    </message>
    <message>
        <source>Nothing to cancel.</source>
        <translation>Rien à annuler.</translation>
    </message>
</context>
<context>
    <name>case</name>
    <message>
        <source>The seller must answer by the time shown; if silent, the refund you asked for goes through.</source>
        <translation>Le vendeur doit répondre avant l&apos;échéance indiquée ; sans réponse de sa part, le remboursement que vous avez demandé est accordé.</translation>
    </message>
    <message>
        <source>If it isn&apos;t settled, it goes to the platform on the escalation day shown; you can escalate earlier.</source>
        <translation>S&apos;il n&apos;est pas réglé, il sera transmis à la plateforme le jour d&apos;escalade indiqué ; vous pouvez l&apos;escalader plus tôt.</translation>
    </message>
    <message>
        <source>Don&apos;t cancel the dispute or accept an offer on the seller&apos;s promise alone.</source>
        <translation>N&apos;annulez pas le litige et n&apos;acceptez pas d&apos;offre sur la seule promesse du vendeur.</translation>
    </message>
    <message>
        <source>Accepting the seller&apos;s offer closes the case with that partial refund: accept only when the amount is agreed on the platform, not on a promise.</source>
        <translation>Accepter l&apos;offre du vendeur clôt le litige avec ce remboursement partiel : n&apos;acceptez que si le montant est convenu sur la plateforme, pas sur une simple promesse.</translation>
    </message>
    <message>
        <source>If the offer includes a return, ship the item only after the return is agreed on the platform.</source>
        <translation>Si l&apos;offre inclut un retour, n&apos;expédiez l&apos;article qu&apos;une fois le retour convenu sur la plateforme.</translation>
    </message>
    <message>
        <source>Declining keeps the dispute open: escalate it to the platform now, or it goes there on the escalation day shown.</source>
        <translation>Refuser maintient le litige ouvert : escaladez-le maintenant auprès de la plateforme, sinon il lui sera transmis le jour d&apos;escalade indiqué.</translation>
    </message>
    <message>
        <source>The seller answered without an offer. If you don&apos;t agree, escalate it to the platform now, or it goes there on the escalation day shown.</source>
        <translation>Le vendeur a répondu sans faire d&apos;offre. Si vous n&apos;êtes pas d&apos;accord, escaladez le litige maintenant auprès de la plateforme, sinon il lui sera transmis le jour d&apos;escalade indiqué.</translation>
    </message>
    <message>
        <source>The platform is deciding: answer its questions quickly and add evidence if it asks.</source>
        <translation>La plateforme examine le litige : répondez rapidement à ses questions et ajoutez des preuves si elle le demande.</translation>
    </message>
    <message>
        <source>Its decision is expected by the date below; if nothing comes, ask support.</source>
        <translation>Sa décision est attendue d&apos;ici la date ci-dessous ; sans nouvelles, contactez le service client.</translation>
    </message>
    <message>
        <source>The escalation day has passed, so the dispute is now with the platform; record the escalation when the order page shows it.</source>
        <translation>Le jour d&apos;escalade est passé : le litige est maintenant entre les mains de la plateforme ; enregistrez l&apos;escalade quand la page de la commande l&apos;indique.</translation>
    </message>
    <message>
        <source>Record the platform&apos;s decision here when it comes.</source>
        <translation>Enregistrez ici la décision de la plateforme dès qu&apos;elle est rendue.</translation>
    </message>
    <message>
        <source>You appealed: the platform looks at the case again. Add new evidence if you have it, and record the new decision here.</source>
        <translation>Vous avez fait appel : la plateforme réexamine le litige. Ajoutez de nouvelles preuves si vous en avez, et enregistrez ici la nouvelle décision.</translation>
    </message>
    <message>
        <source>The platform decided against you: you can appeal once, before the appeal window below closes, with more evidence.</source>
        <translation>La plateforme a tranché en votre défaveur : vous pouvez faire appel une fois, avant la fin du délai d&apos;appel ci-dessous, avec des preuves supplémentaires.</translation>
    </message>
    <message>
        <source>Paid by PayPal: you can still open a PayPal dispute until the date shown (escalate it to a claim within 20 days).</source>
        <translation>Payé par PayPal : vous pouvez encore ouvrir un litige PayPal jusqu&apos;à la date indiquée (transformez-le en réclamation dans les 20 jours).</translation>
    </message>
    <message>
        <source>Paid by card: you can still ask your bank for a chargeback until the date shown, but not while an appeal is open on the platform.</source>
        <translation>Payé par carte : vous pouvez encore demander une rétrofacturation (chargeback) à votre banque jusqu&apos;à la date indiquée, mais pas tant qu&apos;un appel est en cours sur la plateforme.</translation>
    </message>
    <message>
        <source>The platform decided against you, and neither an appeal nor a payment-method fallback is possible any more: the case is closed without a refund.</source>
        <translation>La plateforme a tranché en votre défaveur, et ni un appel ni un recours via le moyen de paiement ne sont plus possibles : le litige est clos sans remboursement.</translation>
    </message>
    <message>
        <source>The platform decided against you and the time to appeal has passed.</source>
        <translation>La plateforme a tranché en votre défaveur et le délai d&apos;appel est écoulé.</translation>
    </message>
    <message>
        <source>Ship the return by the time shown and record its tracking number, or the refund is lost; the refund follows once the seller has the item back.</source>
        <translation>Expédiez le retour avant l&apos;échéance indiquée et enregistrez son numéro de suivi, sinon le remboursement est perdu ; le remboursement suit dès que le vendeur a récupéré l&apos;article.</translation>
    </message>
    <message>
        <source>The seller didn&apos;t answer in time, so the refund you asked for goes through.</source>
        <translation>Le vendeur n&apos;a pas répondu à temps : le remboursement que vous avez demandé est donc accordé.</translation>
    </message>
    <message>
        <source>The seller didn&apos;t answer in time, so your return is accepted: ship the item back by the time below and record its tracking number; the refund follows once the seller has it.</source>
        <translation>Le vendeur n&apos;a pas répondu à temps : votre retour est donc accepté. Renvoyez l&apos;article avant l&apos;échéance ci-dessous et enregistrez son numéro de suivi ; le remboursement suit dès que le vendeur l&apos;a reçu.</translation>
    </message>
    <message>
        <source>The platform decided a full refund.</source>
        <translation>La plateforme a accordé un remboursement total.</translation>
    </message>
    <message>
        <source>The platform decided a partial refund: you keep the item.</source>
        <translation>La plateforme a accordé un remboursement partiel : vous gardez l&apos;article.</translation>
    </message>
    <message>
        <source>The refund is on its way.</source>
        <translation>Le remboursement est en route.</translation>
    </message>
    <message>
        <source>It should arrive by the date shown. Record it here when the money arrives; if it doesn&apos;t, contact support or your bank.</source>
        <translation>Il devrait arriver d&apos;ici la date indiquée. Enregistrez-le ici à l&apos;arrivée de l&apos;argent ; sinon, contactez le service client ou votre banque.</translation>
    </message>
    <message>
        <source>The refund arrived: the case is closed.</source>
        <translation>Le remboursement est arrivé : le litige est clos.</translation>
    </message>
    <message>
        <source>You cancelled the dispute. A new one can be opened only while buyer protection runs (see its deadline).</source>
        <translation>Vous avez annulé le litige. Un nouveau litige ne peut être ouvert que pendant la protection acheteur (voir son échéance).</translation>
    </message>
    <message>
        <source>You cancelled the dispute, and no new dispute can be opened for this order.</source>
        <translation>Vous avez annulé le litige, et aucun nouveau litige ne peut être ouvert pour cette commande.</translation>
    </message>
    <message>
        <source>Dispute open: waiting for the seller&apos;s answer</source>
        <translation>Litige ouvert : en attente de la réponse du vendeur</translation>
    </message>
    <message>
        <source>The seller answered</source>
        <translation>Le vendeur a répondu</translation>
    </message>
    <message>
        <source>Escalated: the platform is deciding</source>
        <translation>Escaladé : la plateforme examine le litige</translation>
    </message>
    <message>
        <source>Decided against you</source>
        <translation>Tranché en votre défaveur</translation>
    </message>
    <message>
        <source>Appealed: the platform looks again</source>
        <translation>Appel déposé : la plateforme réexamine le litige</translation>
    </message>
    <message>
        <source>Refund agreed with a return: ship the item back</source>
        <translation>Remboursement accordé avec retour : renvoyez l&apos;article</translation>
    </message>
    <message>
        <source>Refund on its way</source>
        <translation>Remboursement en route</translation>
    </message>
    <message>
        <source>Refunded: the case is closed</source>
        <translation>Remboursé : le litige est clos</translation>
    </message>
    <message>
        <source>Closed without a refund</source>
        <translation>Clos sans remboursement</translation>
    </message>
    <message>
        <source>Dispute cancelled</source>
        <translation>Litige annulé</translation>
    </message>
</context>
<context>
    <name>case pack</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(sans légende)</translation>
    </message>
    <message>
        <source>Case file — order {order}</source>
        <translation>Dossier de litige — commande {order}</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Commande {order}</translation>
    </message>
    <message>
        <source>Prepared {time} with Dispute Desk. Times are the buyer&apos;s local time ({zone}), each with its offset from UTC.</source>
        <translation>Préparé le {time} avec Dispute Desk. Les heures sont à l&apos;heure locale de l&apos;acheteur ({zone}), chacune avec son décalage par rapport à UTC.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>{deadline}: {time} (entered from the order page)</source>
        <translation>{deadline} : {time} (saisie depuis la page de la commande)</translation>
    </message>
    <message>
        <source>{deadline}: {time} (estimated from the rules, possibly from a date not known for sure)</source>
        <translation>{deadline} : {time} (estimée d&apos;après les règles, peut-être à partir d&apos;une date incertaine)</translation>
    </message>
    <message>
        <source>{deadline}: {time} (estimated from the rules)</source>
        <translation>{deadline} : {time} (estimée d&apos;après les règles)</translation>
    </message>
    <message>
        <source>No open deadlines.</source>
        <translation>Aucune échéance en cours.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Notes and messages</source>
        <translation>Notes et messages</translation>
    </message>
    <message>
        <source>Photos ({photos}) and videos ({videos})</source>
        <translation>Photos ({photos}) et vidéos ({videos})</translation>
    </message>
    <message>
        <source>Photos ({photos})</source>
        <translation>Photos ({photos})</translation>
    </message>
    <message>
        <source>No photos attached.</source>
        <translation>Aucune photo jointe.</translation>
    </message>
    <message>
        <source>Video: {name}</source>
        <translation>Vidéo : {name}</translation>
    </message>
    <message>
        <source>File {file}, {seconds} s; added {time}</source>
        <translation>Fichier {file}, {seconds} s ; ajouté le {time}</translation>
    </message>
    <message>
        <source>File {file}; added {time}</source>
        <translation>Fichier {file} ; ajouté le {time}</translation>
    </message>
    <message>
        <source>Taken: {time}</source>
        <translation>Prise de vue : {time}</translation>
    </message>
    <message>
        <source>Taken: unknown (no camera time)</source>
        <translation>Prise de vue : inconnue (pas d&apos;heure de l&apos;appareil photo)</translation>
    </message>
    <message>
        <source>Added: {time} · original file: {file}</source>
        <translation>Ajout : {time} · fichier d&apos;origine : {file}</translation>
    </message>
    <message>
        <source>Copy: {path}</source>
        <translation>Copie : {path}</translation>
    </message>
    <message>
        <source>Item {line}: {quantity} × {title} ({options})</source>
        <translation>Article {line} : {quantity} × {title} ({options})</translation>
    </message>
    <message>
        <source>Item {line}: {quantity} × {title}</source>
        <translation>Article {line} : {quantity} × {title}</translation>
    </message>
    <message>
        <source>{item} — {price} each</source>
        <translation>{item} — {price} l&apos;unité</translation>
    </message>
    <message>
        <source>whole order</source>
        <translation>toute la commande</translation>
    </message>
    <message>
        <source>asked {amount}</source>
        <translation>demandé : {amount}</translation>
    </message>
    <message>
        <source>decided: {outcome} {amount}</source>
        <translation>décision : {outcome} {amount}</translation>
    </message>
    <message>
        <source>decided: {outcome}</source>
        <translation>décision : {outcome}</translation>
    </message>
    <message>
        <source>{item}; dispute ({facts}: {stage})</source>
        <translation>{item} ; litige ({facts} : {stage})</translation>
    </message>
    <message>
        <source>{item}; refunded {amount}</source>
        <translation>{item} ; remboursé : {amount}</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Litige</translation>
    </message>
    <message>
        <source>Dispute about the whole order</source>
        <translation>Litige portant sur toute la commande</translation>
    </message>
    <message>
        <source>Dispute about item {line}: {title}</source>
        <translation>Litige portant sur l&apos;article {line} : {title}</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Refund asked</source>
        <translation>Remboursement demandé</translation>
    </message>
    <message>
        <source>Return offered</source>
        <translation>Retour proposé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Seller responded</source>
        <translation>Réponse du vendeur</translation>
    </message>
    <message>
        <source>Seller&apos;s offer</source>
        <translation>Offre du vendeur</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladé le</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Amount decided</source>
        <translation>Montant accordé</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>Appel déposé le</translation>
    </message>
    <message>
        <source>Refund received</source>
        <translation>Remboursement reçu</translation>
    </message>
    <message>
        <source>Dispute cancelled</source>
        <translation>Litige annulé le</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>La suite</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Order {order}: {verdict}</source>
        <translation>Commande {order} : {verdict}</translation>
    </message>
    <message>
        <source>Wait until {time} ({countdown})</source>
        <translation>Attendez jusqu&apos;à {time} ({countdown})</translation>
    </message>
    <message>
        <source>Missing: {fact}</source>
        <translation>Manquant : {fact}</translation>
    </message>
    <message>
        <source>Message to the seller:</source>
        <translation>Message au vendeur :</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Étapes :</translation>
    </message>
    <message>
        <source>In Russian:</source>
        <translation>En russe :</translation>
    </message>
    <message>
        <source>In English:</source>
        <translation>En anglais :</translation>
    </message>
    <message>
        <source>Opens at {time} ({countdown})</source>
        <translation>Ouverture possible à partir de {time} ({countdown})</translation>
    </message>
    <message>
        <source>Open it before {time} ({countdown})</source>
        <translation>Ouvrez-le avant {time} ({countdown})</translation>
    </message>
    <message>
        <source>Closed at {time} ({countdown})</source>
        <translation>Délai écoulé : {time} ({countdown})</translation>
    </message>
    <message>
        <source>Outcome to ask for: {outcome}</source>
        <translation>À demander : {outcome}</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Avertissement : {warning}</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Preuves :</translation>
    </message>
    <message>
        <source>Fallback: {deadline} {time} ({countdown})</source>
        <translation>Recours : {deadline} {time} ({countdown})</translation>
    </message>
    <message>
        <source>Dispute text:</source>
        <translation>Texte du litige :</translation>
    </message>
    <message>
        <source>Order {order}, {reason}: can open a dispute now</source>
        <translation>Commande {order}, {reason} : litige possible maintenant</translation>
    </message>
    <message>
        <source>Order {order}, {reason}: can&apos;t open a dispute now</source>
        <translation>Commande {order}, {reason} : litige impossible pour l&apos;instant</translation>
    </message>
    <message>
        <source>Order {order}, item {line}, {reason}: can open a dispute now</source>
        <translation>Commande {order}, article {line}, {reason} : litige possible maintenant</translation>
    </message>
    <message>
        <source>Order {order}, item {line}, {reason}: can&apos;t open a dispute now</source>
        <translation>Commande {order}, article {line}, {reason} : litige impossible pour l&apos;instant</translation>
    </message>
    <message>
        <source>the seller&apos;s ship-by time (the processing-time countdown on the order page)</source>
        <translation>le délai d&apos;expédition du vendeur (le compte à rebours du délai de traitement sur la page de la commande)</translation>
    </message>
    <message>
        <source>argument --lang: unknown language &quot;{name}&quot; (offered: {codes})</source>
        <translation>argument --lang : langue inconnue « {name} » (proposées : {codes})</translation>
    </message>
    <message>
        <source>backed up to {path}</source>
        <translation>sauvegardé dans {path}</translation>
    </message>
    <message>
        <source>no change since the last automatic backup</source>
        <translation>aucune modification depuis la dernière sauvegarde automatique</translation>
    </message>
    <message numerus="yes">
        <source>backed up to {path} (%n byte(s))</source>
        <translation>
            <numerusform>sauvegardé dans {path} (%n octet)</numerusform>
            <numerusform>sauvegardé dans {path} (%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is a complete, undamaged backup</source>
        <translation>{name} est une sauvegarde complète et intacte</translation>
    </message>
    <message numerus="yes">
        <source>restored %n order(s) and {files} from the backup of {time}</source>
        <translation>
            <numerusform>%n commande et {files} restaurés depuis la sauvegarde du {time}</numerusform>
            <numerusform>%n commandes et {files} restaurés depuis la sauvegarde du {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <comment>restored … and this</comment>
        <translation>
            <numerusform>%n fichier de preuve</numerusform>
            <numerusform>%n fichiers de preuve</numerusform>
        </translation>
    </message>
    <message>
        <source>the data it replaced is kept in {path}</source>
        <translation>les données remplacées sont conservées dans {path}</translation>
    </message>
    <message>
        <source>no backups in the data dir</source>
        <translation>aucune sauvegarde dans le dossier des données</translation>
    </message>
    <message>
        <source>--orders must be between 1 and 1000000</source>
        <translation>--orders doit être compris entre 1 et 1000000</translation>
    </message>
    <message>
        <source>added {added} demo orders (seed {seed})</source>
        <translation>{added} commandes de démonstration ajoutées (graine {seed})</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>remarque : {note}</translation>
    </message>
    <message numerus="yes">
        <source>{order}: %n evidence item(s)</source>
        <translation>
            <numerusform>{order} : %n preuve</numerusform>
            <numerusform>{order} : %n preuves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote {pdf} (%n page(s)) and {photos}</source>
        <translation>
            <numerusform>{pdf} (%n page) et {photos} enregistrés</numerusform>
            <numerusform>{pdf} (%n pages) et {photos} enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <comment>wrote the case pack (…) and this</comment>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n deadline(s) to {path}</source>
        <translation>
            <numerusform>%n échéance écrite dans {path}</numerusform>
            <numerusform>%n échéances écrites dans {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n order(s) to {path}</source>
        <translation>
            <numerusform>%n commande écrite dans {path}</numerusform>
            <numerusform>%n commandes écrites dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Would import {names} ({format}, read as {encoding}): {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Simulation d&apos;import de {names} ({format}, lu en {encoding}) — à ajouter : {added}, à mettre à jour : {updated}, inchangées : {unchanged}</translation>
    </message>
    <message>
        <source>Would import {names} ({format}): {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Simulation d&apos;import de {names} ({format}) — à ajouter : {added}, à mettre à jour : {updated}, inchangées : {unchanged}</translation>
    </message>
    <message>
        <source>Imported {names} ({format}, read as {encoding}): {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Importé : {names} ({format}, lu en {encoding}) — ajoutées : {added}, mises à jour : {updated}, inchangées : {unchanged}</translation>
    </message>
    <message>
        <source>Imported {names} ({format}): {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Importé : {names} ({format}) — ajoutées : {added}, mises à jour : {updated}, inchangées : {unchanged}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported:</source>
        <translation>
            <numerusform>%n ligne non importée :</numerusform>
            <numerusform>%n lignes non importées :</numerusform>
        </translation>
    </message>
    <message>
        <source>  line {line}: {message}</source>
        <translation>  ligne {line} : {message}</translation>
    </message>
    <message>
        <source>--to must come after --from</source>
        <translation>--to doit être postérieur à --from</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date (YYYY-MM-DD)</source>
        <translation>« {text} » n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>orders paid</source>
        <translation>commandes payées</translation>
    </message>
    <message>
        <source>spent</source>
        <translation>dépensé</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>remboursé</translation>
    </message>
    <message>
        <source>disputes</source>
        <translation>litiges</translation>
    </message>
    <message>
        <source>≈ {amount} converted at your rates (without {currencies}: no rate)</source>
        <translation>≈ {amount} converti à vos taux (sans {currencies} : aucun taux)</translation>
    </message>
    <message>
        <source>≈ {amount} converted at your rates</source>
        <translation>≈ {amount} converti à vos taux</translation>
    </message>
    <message>
        <source>{opened} opened: {won} won, {lost} lost, {open} open, {cancelled} cancelled</source>
        <translation>{opened} ouverts — gagnés : {won}, perdus : {lost}, en cours : {open}, annulés : {cancelled}</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>no orders yet</source>
        <translation>aucune commande pour l&apos;instant</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} j</translation>
    </message>
    <message>
        <source>[avoid]</source>
        <translation>[à éviter]</translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) ({won} won, {lost} lost)</source>
        <translation>
            <numerusform>%n litige (gagnés : {won}, perdus : {lost})</numerusform>
            <numerusform>%n litiges (gagnés : {won}, perdus : {lost})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s), spent {spent}; {disputes}; delivery {median}; last order {last}</source>
        <translation>
            <numerusform>%n commande ; dépensé : {spent} ; {disputes} ; livraison : {median} ; dernière commande : {last}</numerusform>
            <numerusform>%n commandes ; dépensé : {spent} ; {disputes} ; livraison : {median} ; dernière commande : {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>{message} ({options})</source>
        <translation>{message} ({options})</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>erreur inattendue : {error}</translation>
    </message>
    <message>
        <source>which currency? add --currency (e.g. USD)</source>
        <translation>quelle devise ? ajoutez --currency (p. ex. USD)</translation>
    </message>
    <message>
        <source>added order {order} ({status})</source>
        <translation>commande {order} ajoutée ({status})</translation>
    </message>
    <message>
        <source>recorded {event} on {order}: now {status}</source>
        <translation>« {event} » enregistré pour la commande {order} ; statut : {status}</translation>
    </message>
    <message>
        <source>no orders</source>
        <translation>aucune commande</translation>
    </message>
    <message>
        <source>the trash is empty</source>
        <translation>la corbeille est vide</translation>
    </message>
    <message>
        <source>{deadline} in {countdown}</source>
        <translation>{deadline} dans {countdown}</translation>
    </message>
    <message>
        <source>Order {order}  {store}</source>
        <translation>Commande {order}  {store}</translation>
    </message>
    <message>
        <source>  total {total}   status {status}   (in the trash)</source>
        <translation>  total {total}   statut {status}   (dans la corbeille)</translation>
    </message>
    <message>
        <source>  total {total}   status {status}</source>
        <translation>  total {total}   statut {status}</translation>
    </message>
    <message>
        <source>  tracking {numbers}</source>
        <translation>  suivi {numbers}</translation>
    </message>
    <message>
        <source>  refunded {amount}</source>
        <translation>  remboursé {amount}</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Articles :</translation>
    </message>
    <message>
        <source>  dispute: {reason}, {state}</source>
        <translation>  litige : {reason}, {state}</translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation>Échéances :</translation>
    </message>
    <message>
        <source>No open deadlines.</source>
        <translation>Aucune échéance en cours.</translation>
    </message>
    <message>
        <source>      missing: {fact}</source>
        <translation>      manquant : {fact}</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Chronologie :</translation>
    </message>
    <message>
        <source>no open deadlines</source>
        <translation>aucune échéance en cours</translation>
    </message>
    <message>
        <source>moved {order} to the trash</source>
        <translation>commande {order} mise à la corbeille</translation>
    </message>
    <message>
        <source>restored {order}</source>
        <translation>commande {order} restaurée</translation>
    </message>
    <message>
        <source>the processing time (or the ship-by countdown) from the order page</source>
        <translation>le délai de traitement (ou le compte à rebours d&apos;expédition) de la page de la commande</translation>
    </message>
    <message>
        <source>{countdown} ago</source>
        <translation>il y a {countdown}</translation>
    </message>
    <message>
        <source>in {countdown}</source>
        <translation>dans {countdown}</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) shown on the desktop</source>
        <translation>
            <numerusform>%n rappel affiché sur le bureau</numerusform>
            <numerusform>%n rappels affichés sur le bureau</numerusform>
        </translation>
    </message>
    <message>
        <source>rules {action} needs the rule&apos;s name</source>
        <translation>rules {action} nécessite le nom de la règle</translation>
    </message>
    <message>
        <source>rules set needs a value</source>
        <translation>rules set nécessite une valeur</translation>
    </message>
    <message>
        <source>can&apos;t read &quot;{value}&quot; as a value (try 72, true or {example})</source>
        <translation>impossible de lire « {value} » comme valeur (essayez 72, true ou {example})</translation>
    </message>
    <message>
        <source>{unit} (changed)</source>
        <translation>{unit} (modifié)</translation>
    </message>
</context>
<context>
    <name>cli help</name>
    <message>
        <source>the wizards&apos; advice for an order</source>
        <translation>les conseils des assistants pour une commande</translation>
    </message>
    <message>
        <source>should I cancel this order, and how?</source>
        <translation>faut-il annuler cette commande, et comment ?</translation>
    </message>
    <message>
        <source>can I open a dispute for this order, and how?</source>
        <translation>puis-je ouvrir un litige pour cette commande, et comment ?</translation>
    </message>
    <message>
        <source>the item it is about (1, 2, …; default: the whole order)</source>
        <translation>l&apos;article concerné (1, 2, … ; par défaut : toute la commande)</translation>
    </message>
    <message>
        <source>where the data lives</source>
        <translation>l&apos;emplacement des données</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher du JSON</translation>
    </message>
    <message>
        <source>the language of the sentences: en, ru, pt_BR, es, fr or pl (default: the locale&apos;s)</source>
        <translation>la langue des phrases : en, ru, pt_BR, es, fr ou pl (par défaut : celle des paramètres régionaux)</translation>
    </message>
    <message>
        <source>back up the database and the evidence into a zip file</source>
        <translation>sauvegarder la base de données et les preuves dans un fichier zip</translation>
    </message>
    <message>
        <source>the archive to write (must not exist)</source>
        <translation>l&apos;archive à écrire (ne doit pas déjà exister)</translation>
    </message>
    <message>
        <source>an automatic backup into backups/auto/, only if the data changed</source>
        <translation>une sauvegarde automatique dans backups/auto/, seulement si les données ont changé</translation>
    </message>
    <message>
        <source>replace the data with a backup, after checking all of it</source>
        <translation>remplacer les données par une sauvegarde, après l&apos;avoir entièrement vérifiée</translation>
    </message>
    <message>
        <source>only check the archive; change nothing</source>
        <translation>vérifier seulement l&apos;archive ; ne rien modifier</translation>
    </message>
    <message>
        <source>list the backups kept in the data dir, newest first</source>
        <translation>lister les sauvegardes conservées dans le dossier des données, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>fill the data dir with realistic made-up orders</source>
        <translation>remplir le dossier des données de commandes fictives réalistes</translation>
    </message>
    <message>
        <source>check the database and the evidence files</source>
        <translation>vérifier la base de données et les fichiers de preuves</translation>
    </message>
    <message>
        <source>attach photos or videos to an order as evidence</source>
        <translation>joindre des photos ou des vidéos à une commande comme preuves</translation>
    </message>
    <message>
        <source>a caption for every file attached</source>
        <translation>une légende pour chaque fichier joint</translation>
    </message>
    <message>
        <source>write the case pack: DIR/case.pdf and DIR/photos/</source>
        <translation>créer le dossier de litige : DIR/case.pdf et DIR/photos/</translation>
    </message>
    <message>
        <source>write the orders (csv, json) or the open deadlines (ics) to a file</source>
        <translation>écrire les commandes (csv, json) ou les échéances en cours (ics) dans un fichier</translation>
    </message>
    <message>
        <source>the file to write (replaced if it exists)</source>
        <translation>le fichier à écrire (remplacé s&apos;il existe)</translation>
    </message>
    <message>
        <source>import orders from a file (its format is detected by content)</source>
        <translation>importer des commandes depuis un fichier (son format est détecté d&apos;après le contenu)</translation>
    </message>
    <message>
        <source>the file to import (both CSVs of AliExpress-Order-Export, or several e-mails, may go together)</source>
        <translation>le fichier à importer (les deux CSV d&apos;AliExpress-Order-Export, ou plusieurs e-mails, peuvent être donnés ensemble)</translation>
    </message>
    <message>
        <source>default: detect by content</source>
        <translation>par défaut : détection d&apos;après le contenu</translation>
    </message>
    <message>
        <source>ISO code for prices that name none (default: the setting, else USD)</source>
        <translation>code ISO pour les prix qui n&apos;en indiquent aucun (par défaut : le paramètre, sinon USD)</translation>
    </message>
    <message>
        <source>what a text file is in, e.g. windows-1251 (default: detected from the content)</source>
        <translation>l&apos;encodage d&apos;un fichier texte, p. ex. windows-1251 (par défaut : détecté d&apos;après le contenu)</translation>
    </message>
    <message>
        <source>show what would change; write nothing</source>
        <translation>montrer ce qui changerait ; ne rien écrire</translation>
    </message>
    <message>
        <source>print progress lines on stderr</source>
        <translation>afficher la progression sur stderr</translation>
    </message>
    <message>
        <source>money spent and refunded, disputes won and lost, by month</source>
        <translation>argent dépensé et remboursé, litiges gagnés et perdus, par mois</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD, local) or an ISO time</source>
        <translation>premier jour (AAAA-MM-JJ, heure locale) ou une date et heure ISO</translation>
    </message>
    <message>
        <source>last day, included (YYYY-MM-DD, local) or an ISO time</source>
        <translation>dernier jour, inclus (AAAA-MM-JJ, heure locale) ou une date et heure ISO</translation>
    </message>
    <message>
        <source>one line per store: orders, money, disputes, delivery days</source>
        <translation>une ligne par boutique : commandes, argent, litiges, jours de livraison</translation>
    </message>
    <message>
        <source>add an order</source>
        <translation>ajouter une commande</translation>
    </message>
    <message>
        <source>order number (text)</source>
        <translation>numéro de commande (texte)</translation>
    </message>
    <message>
        <source>amount, e.g. 12.34 or &apos;US $1,382.11&apos;</source>
        <translation>montant, p. ex. 12.34 ou &apos;US $1,382.11&apos;</translation>
    </message>
    <message>
        <source>ISO code, e.g. USD (else from the amount&apos;s symbol)</source>
        <translation>code ISO, p. ex. USD (sinon d&apos;après le symbole du montant)</translation>
    </message>
    <message>
        <source>record an event in an order&apos;s timeline</source>
        <translation>enregistrer un événement dans la chronologie d&apos;une commande</translation>
    </message>
    <message>
        <source>when it happened (default: now)</source>
        <translation>quand il a eu lieu (par défaut : maintenant)</translation>
    </message>
    <message>
        <source>countdown as the order page shows it, e.g. &apos;23d 14:22:10&apos;</source>
        <translation>compte à rebours tel qu&apos;affiché sur la page de la commande, p. ex. &apos;23d 14:22:10&apos;</translation>
    </message>
    <message>
        <source>cancel: {cancel}; dispute: {dispute}</source>
        <translation>annulation : {cancel} ; litige : {dispute}</translation>
    </message>
    <message>
        <source>the item a dispute or refund is about (1, 2, …; default: the whole order)</source>
        <translation>l&apos;article concerné par un litige ou un remboursement (1, 2, … ; par défaut : toute la commande)</translation>
    </message>
    <message>
        <source>list orders with their status and next deadline</source>
        <translation>lister les commandes avec leur statut et leur prochaine échéance</translation>
    </message>
    <message>
        <source>list the orders in the trash</source>
        <translation>lister les commandes de la corbeille</translation>
    </message>
    <message>
        <source>one order with its timeline and deadlines</source>
        <translation>une commande avec sa chronologie et ses échéances</translation>
    </message>
    <message>
        <source>every open deadline, soonest first</source>
        <translation>toutes les échéances en cours, les plus proches d&apos;abord</translation>
    </message>
    <message>
        <source>only those due within this long, e.g. 48h or 7d</source>
        <translation>seulement celles qui arrivent dans ce délai, p. ex. 48h ou 7d</translation>
    </message>
    <message>
        <source>move an order to the trash</source>
        <translation>mettre une commande à la corbeille</translation>
    </message>
    <message>
        <source>restore an order from the trash</source>
        <translation>restaurer une commande depuis la corbeille</translation>
    </message>
    <message>
        <source>Dispute Desk: your orders, their deadlines, cancellations and disputes. Without a command it opens the app.</source>
        <translation>Dispute Desk : vos commandes, leurs échéances, annulations et litiges. Sans sous-commande, l&apos;application s&apos;ouvre.</translation>
    </message>
    <message>
        <source>give the deadline reminders due (for cron, a systemd timer or the Task Scheduler)</source>
        <translation>envoyer les rappels d&apos;échéance dus (pour cron, un minuteur systemd ou le Planificateur de tâches)</translation>
    </message>
    <message>
        <source>as of this time instead of now</source>
        <translation>à cette date et heure au lieu de maintenant</translation>
    </message>
    <message>
        <source>show what is due without remembering it as given</source>
        <translation>montrer ce qui est dû sans le marquer comme envoyé</translation>
    </message>
    <message>
        <source>show or change the rule profile&apos;s values</source>
        <translation>afficher ou modifier les valeurs du profil de règles</translation>
    </message>
    <message>
        <source>JSON value, e.g. 72 or true or &apos;{&quot;min&quot;: 2, &quot;max&quot;: 5}&apos;</source>
        <translation>valeur JSON, p. ex. 72 ou true ou &apos;{&quot;min&quot;: 2, &quot;max&quot;: 5}&apos;</translation>
    </message>
</context>
<context>
    <name>deadline</name>
    <message>
        <source>Nothing to do: an unpaid order closes by itself with no penalty. Pay before then only if you still want it.</source>
        <translation>Rien à faire : une commande impayée se ferme d&apos;elle-même, sans pénalité. Ne payez avant cette échéance que si vous la voulez toujours.</translation>
    </message>
    <message>
        <source>The payment is being checked. Cancelling becomes possible when the check ends.</source>
        <translation>Le paiement est en cours de vérification. L&apos;annulation devient possible à la fin de la vérification.</translation>
    </message>
    <message>
        <source>The seller must ship by then; otherwise the order closes and the money comes back by itself.</source>
        <translation>Le vendeur doit expédier d&apos;ici là ; sinon, la commande se ferme et l&apos;argent vous est rendu automatiquement.</translation>
    </message>
    <message>
        <source>If the seller doesn&apos;t answer by then, the cancellation is approved automatically. Write to the seller meanwhile.</source>
        <translation>Si le vendeur ne répond pas d&apos;ici là, l&apos;annulation est acceptée automatiquement. Écrivez-lui en attendant.</translation>
    </message>
    <message>
        <source>Parcel still on its way? Ask the seller to extend buyer protection now: sellers answer slowly.</source>
        <translation>Colis toujours en route ? Demandez dès maintenant au vendeur de prolonger la protection acheteur : les vendeurs répondent lentement.</translation>
    </message>
    <message>
        <source>Open a dispute before then if the parcel hasn&apos;t arrived. When protection ends the seller is paid.</source>
        <translation>Ouvrez un litige avant cette échéance si le colis n&apos;est pas arrivé. À la fin de la protection, le vendeur est payé.</translation>
    </message>
    <message>
        <source>From then on a &quot;not received&quot; dispute can be opened if tracking stops moving.</source>
        <translation>À partir de cette date, un litige « non reçu » peut être ouvert si le suivi ne bouge plus.</translation>
    </message>
    <message>
        <source>Last moment to open a dispute if something is wrong with the order.</source>
        <translation>Dernier moment pour ouvrir un litige en cas de problème avec la commande.</translation>
    </message>
    <message>
        <source>The seller must answer the dispute by then; if silent, your requested refund goes through.</source>
        <translation>Le vendeur doit répondre au litige d&apos;ici là ; sans réponse de sa part, le remboursement demandé vous est accordé.</translation>
    </message>
    <message>
        <source>If the dispute is still unresolved then, it goes to the platform. You can escalate earlier.</source>
        <translation>Si le litige n&apos;est toujours pas résolu à cette date, il est transmis à la plateforme. Vous pouvez l&apos;escalader plus tôt.</translation>
    </message>
    <message>
        <source>Ship the return by then and record its tracking number, or the refund is lost.</source>
        <translation>Expédiez le retour d&apos;ici là et enregistrez son numéro de suivi, sinon le remboursement est perdu.</translation>
    </message>
    <message>
        <source>The refund should have arrived by then. If not, contact support or your bank.</source>
        <translation>Le remboursement devrait être arrivé d&apos;ici là. Sinon, contactez le service client ou votre banque.</translation>
    </message>
    <message>
        <source>Last day to open a PayPal dispute (escalate it to a claim within 20 days).</source>
        <translation>Dernier jour pour ouvrir un litige PayPal (transformez-le en réclamation dans les 20 jours).</translation>
    </message>
    <message>
        <source>Last day to ask your bank for a chargeback. Never while a platform case is open.</source>
        <translation>Dernier jour pour demander une rétrofacturation à votre banque. Jamais pendant qu&apos;un litige est en cours sur la plateforme.</translation>
    </message>
    <message>
        <source>The platform&apos;s decision is expected by then. Answer its questions quickly; if nothing comes, ask support.</source>
        <translation>La décision de la plateforme est attendue d&apos;ici là. Répondez rapidement à ses questions ; sans nouvelles, contactez le service client.</translation>
    </message>
    <message>
        <source>Last moment to appeal the decision, once, with new evidence.</source>
        <translation>Dernier moment pour faire appel de la décision, une seule fois, avec de nouvelles preuves.</translation>
    </message>
    <message>
        <source>Estimated from the usual processing time: the seller&apos;s real one isn&apos;t known. Enter the processing time or the ship-by countdown from the order page (edit the order) for the real deadline. If it has passed and the order didn&apos;t ship, the order closes by itself and the money comes back.</source>
        <translation>Estimée d&apos;après le délai de traitement habituel : celui du vendeur n&apos;est pas connu. Saisissez le délai de traitement ou le compte à rebours d&apos;expédition de la page de la commande (modifiez la commande) pour obtenir l&apos;échéance réelle. Si elle est passée et que la commande n&apos;a pas été expédiée, la commande se ferme d&apos;elle-même et l&apos;argent vous est rendu.</translation>
    </message>
    <message>
        <source>Tracking says delivered. Confirm receipt only when all is well, or open a dispute before then.</source>
        <translation>Le suivi indique « livré ». Ne confirmez la réception que si tout va bien ; sinon, ouvrez un litige avant cette échéance.</translation>
    </message>
</context>
<context>
    <name>detail</name>
    <message>
        <source>Mark paid…</source>
        <translation>Marquer comme payée…</translation>
    </message>
    <message>
        <source>Shipped…</source>
        <translation>Expédiée…</translation>
    </message>
    <message>
        <source>Tracking update…</source>
        <translation>Mise à jour du suivi…</translation>
    </message>
    <message>
        <source>Delivered…</source>
        <translation>Livrée…</translation>
    </message>
    <message>
        <source>Confirm receipt…</source>
        <translation>Confirmer la réception…</translation>
    </message>
    <message>
        <source>Request cancellation…</source>
        <translation>Demander l&apos;annulation…</translation>
    </message>
    <message>
        <source>Cancellation approved…</source>
        <translation>Annulation acceptée…</translation>
    </message>
    <message>
        <source>Cancellation refused…</source>
        <translation>Annulation refusée…</translation>
    </message>
    <message>
        <source>Cancelled…</source>
        <translation>Annulée…</translation>
    </message>
    <message>
        <source>Extension requested…</source>
        <translation>Prolongation demandée…</translation>
    </message>
    <message>
        <source>Protection extended…</source>
        <translation>Protection prolongée…</translation>
    </message>
    <message>
        <source>Open dispute…</source>
        <translation>Ouvrir un litige…</translation>
    </message>
    <message>
        <source>Dispute cancelled…</source>
        <translation>Litige annulé…</translation>
    </message>
    <message>
        <source>Seller responded…</source>
        <translation>Réponse du vendeur…</translation>
    </message>
    <message>
        <source>Escalated…</source>
        <translation>Litige escaladé…</translation>
    </message>
    <message>
        <source>Decision…</source>
        <translation>Décision…</translation>
    </message>
    <message>
        <source>Appealed…</source>
        <translation>Appel déposé…</translation>
    </message>
    <message>
        <source>Refund issued…</source>
        <translation>Remboursement émis…</translation>
    </message>
    <message>
        <source>Refund received…</source>
        <translation>Remboursement reçu…</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>entered from the order page</source>
        <translation>saisie depuis la page de la commande</translation>
    </message>
    <message>
        <source>estimated from the rules and a date not known for sure (see the timeline)</source>
        <translation>estimée d&apos;après les règles et une date incertaine (voir la chronologie)</translation>
    </message>
    <message>
        <source>estimated from the rules</source>
        <translation>estimée d&apos;après les règles</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Commande passée</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Tracking update</source>
        <translation>Mise à jour du suivi</translation>
    </message>
    <message>
        <source>Delivered (tracking says so)</source>
        <translation>Livrée (selon le suivi)</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>Réception confirmée</translation>
    </message>
    <message>
        <source>Cancellation requested</source>
        <translation>Annulation demandée</translation>
    </message>
    <message>
        <source>Cancellation approved</source>
        <translation>Annulation acceptée</translation>
    </message>
    <message>
        <source>Cancellation refused</source>
        <translation>Annulation refusée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Protection extension requested</source>
        <translation>Prolongation de la protection demandée</translation>
    </message>
    <message>
        <source>Protection extended</source>
        <translation>Protection prolongée</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>Litige ouvert</translation>
    </message>
    <message>
        <source>Dispute cancelled</source>
        <translation>Litige annulé</translation>
    </message>
    <message>
        <source>Seller responded</source>
        <translation>Réponse du vendeur</translation>
    </message>
    <message>
        <source>Escalated to the platform</source>
        <translation>Litige escaladé auprès de la plateforme</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>Appel déposé</translation>
    </message>
    <message>
        <source>Refund issued</source>
        <translation>Remboursement émis</translation>
    </message>
    <message>
        <source>Refund received</source>
        <translation>Remboursement reçu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Order edited</source>
        <translation>Commande modifiée</translation>
    </message>
    <message>
        <source>Moved to trash</source>
        <translation>Mise à la corbeille</translation>
    </message>
    <message>
        <source>Restored from trash</source>
        <translation>Restaurée depuis la corbeille</translation>
    </message>
    <message>
        <source>tracking stopped moving</source>
        <translation>suivi bloqué</translation>
    </message>
    <message>
        <source>sent to the wrong address</source>
        <translation>envoyé à la mauvaise adresse</translation>
    </message>
    <message>
        <source>delivery period ending</source>
        <translation>délai de livraison bientôt écoulé</translation>
    </message>
    <message>
        <source>returned to the sender</source>
        <translation>retourné à l&apos;expéditeur</translation>
    </message>
    <message>
        <source>held at customs</source>
        <translation>bloqué en douane</translation>
    </message>
    <message>
        <source>not as described</source>
        <translation>non conforme à la description</translation>
    </message>
    <message>
        <source>defective</source>
        <translation>défectueux</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>endommagé</translation>
    </message>
    <message>
        <source>wrong item</source>
        <translation>mauvais article</translation>
    </message>
    <message>
        <source>fewer items than ordered</source>
        <translation>moins d&apos;articles que commandé</translation>
    </message>
    <message>
        <source>counterfeit</source>
        <translation>contrefaçon</translation>
    </message>
    <message>
        <source>empty parcel</source>
        <translation>colis vide</translation>
    </message>
    <message>
        <source>changed my mind</source>
        <translation>j&apos;ai changé d&apos;avis</translation>
    </message>
    <message>
        <source>found it cheaper</source>
        <translation>trouvé moins cher ailleurs</translation>
    </message>
    <message>
        <source>seller out of stock</source>
        <translation>vendeur en rupture de stock</translation>
    </message>
    <message>
        <source>seller raised the price</source>
        <translation>le vendeur a augmenté le prix</translation>
    </message>
    <message>
        <source>the seller asked</source>
        <translation>à la demande du vendeur</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>full refund</source>
        <translation>remboursement total</translation>
    </message>
    <message>
        <source>partial refund</source>
        <translation>remboursement partiel</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Portefeuille électronique</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde de la plateforme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Ship-by time</source>
        <translation>Délai d&apos;expédition</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>{time} or later</source>
        <translation>{time} ou plus tard</translation>
    </message>
    <message>
        <source>Date not known: the import or the pasted page didn&apos;t say when.</source>
        <translation>Date inconnue : l&apos;import ou la page collée ne l&apos;indiquait pas.</translation>
    </message>
    <message>
        <source>About item {item}</source>
        <translation>Article concerné : {item}</translation>
    </message>
    <message>
        <source>Tracking number: {tracking} ({carrier})</source>
        <translation>Numéro de suivi : {tracking} ({carrier})</translation>
    </message>
    <message>
        <source>Tracking number: {tracking}</source>
        <translation>Numéro de suivi : {tracking}</translation>
    </message>
    <message>
        <source>Carrier: {carrier}</source>
        <translation>Transporteur : {carrier}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <source>Refund asked: {amount}</source>
        <translation>Remboursement demandé : {amount}</translation>
    </message>
    <message>
        <source>With a return of the item</source>
        <translation>Avec retour de l&apos;article</translation>
    </message>
    <message>
        <source>Seller offers: {amount}</source>
        <translation>Offre du vendeur : {amount}</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Décision : {outcome}</translation>
    </message>
    <message>
        <source>Amount: {amount}</source>
        <translation>Montant : {amount}</translation>
    </message>
    <message numerus="yes">
        <source>Processing time: %n day(s)</source>
        <translation>
            <numerusform>Délai de traitement : %n jour</numerusform>
            <numerusform>Délai de traitement : %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Seller must ship by {time}</source>
        <translation>Le vendeur doit expédier au plus tard le {time}</translation>
    </message>
    <message>
        <source>Protection ends {time}</source>
        <translation>Fin de la protection : {time}</translation>
    </message>
    <message numerus="yes">
        <source>By %n day(s)</source>
        <translation>
            <numerusform>Prolongation de %n jour</numerusform>
            <numerusform>Prolongation de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field} : {old} → {new}</translation>
    </message>
</context>
<context>
    <name>dispute</name>
    <message>
        <source>Use the cancel wizard (&quot;advise cancel&quot;): an order that hasn&apos;t shipped is cancelled, not disputed.</source>
        <translation>Utilisez l&apos;assistant d&apos;annulation (« advise cancel ») : une commande non expédiée s&apos;annule, elle ne fait pas l&apos;objet d&apos;un litige.</translation>
    </message>
    <message>
        <source>Record the refund here when the money arrives.</source>
        <translation>Enregistrez ici le remboursement à l&apos;arrivée de l&apos;argent.</translation>
    </message>
    <message>
        <source>Don&apos;t confirm receipt before the parcel is in your hands, even if the seller asks: it ends buyer protection, and a &quot;not received&quot; dispute can&apos;t be opened after it.</source>
        <translation>Ne confirmez pas la réception avant d&apos;avoir le colis entre les mains, même si le vendeur vous le demande : cela met fin à la protection acheteur, et un litige « non reçu » ne peut plus être ouvert ensuite.</translation>
    </message>
    <message>
        <source>Don&apos;t cancel the dispute or press &quot;Accept&quot; on the seller&apos;s promise alone: a cancelled dispute can be opened again only while buyer protection runs.</source>
        <translation>N&apos;annulez pas le litige et ne cliquez pas sur « Accepter » sur la seule promesse du vendeur : un litige annulé ne peut être rouvert que pendant la protection acheteur.</translation>
    </message>
    <message>
        <source>Don&apos;t file a chargeback with your bank beside an open case: the order freezes and you may lose both.</source>
        <translation>Ne demandez pas de rétrofacturation à votre banque en parallèle d&apos;un litige en cours : la commande est gelée et vous risquez de perdre sur les deux tableaux.</translation>
    </message>
    <message>
        <source>Wait until the window opens; meanwhile collect the evidence in the checklist.</source>
        <translation>Attendez que le délai s&apos;ouvre ; en attendant, réunissez les preuves de la liste.</translation>
    </message>
    <message>
        <source>Write to the seller meanwhile: sometimes that is enough.</source>
        <translation>Écrivez au vendeur en attendant : cela suffit parfois.</translation>
    </message>
    <message>
        <source>Ask the seller to extend buyer protection if the parcel is late and still on its way.</source>
        <translation>Demandez au vendeur de prolonger la protection acheteur si le colis est en retard et toujours en route.</translation>
    </message>
    <message>
        <source>Open this wizard again when the parcel has arrived.</source>
        <translation>Rouvrez cet assistant quand le colis sera arrivé.</translation>
    </message>
    <message>
        <source>Ask for a full refund.</source>
        <translation>Demandez un remboursement total.</translation>
    </message>
    <message numerus="yes">
        <source>Ask for a partial refund if you keep the item, or for a full refund with a return (then ship it within %n day(s) of the agreement).</source>
        <translation>
            <numerusform>Demandez un remboursement partiel si vous gardez l&apos;article, ou un remboursement total avec retour (renvoyez-le alors dans un délai de %n jour après l&apos;accord).</numerusform>
            <numerusform>Demandez un remboursement partiel si vous gardez l&apos;article, ou un remboursement total avec retour (renvoyez-le alors dans un délai de %n jours après l&apos;accord).</numerusform>
        </translation>
    </message>
    <message>
        <source>Collect the evidence in the checklist before you open the dispute.</source>
        <translation>Réunissez les preuves de la liste avant d&apos;ouvrir le litige.</translation>
    </message>
    <message>
        <source>On the order page press &quot;Open dispute&quot; and choose the reason.</source>
        <translation>Sur la page de la commande, cliquez sur « Ouvrir un litige » et choisissez le motif.</translation>
    </message>
    <message>
        <source>Paste the drafted dispute text into the form, fill in the parts in […], and attach the evidence.</source>
        <translation>Collez le texte du litige préparé dans le formulaire, complétez les parties entre […] et joignez les preuves.</translation>
    </message>
    <message numerus="yes">
        <source>Record the dispute here: the seller then has %n day(s) to answer, and after {escalation} it goes to the platform.</source>
        <translation>
            <numerusform>Enregistrez le litige ici : le vendeur a alors %n jour pour répondre, et après {escalation} le litige est transmis à la plateforme.</numerusform>
            <numerusform>Enregistrez le litige ici : le vendeur a alors %n jours pour répondre, et après {escalation} le litige est transmis à la plateforme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>after this long the dispute goes to the platform</comment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buyer protection ended at {ended}: the safe time to open a dispute was before then. The order counts as completed, and a completed order can still be disputed for %n day(s) (until {closes}; {confidence}): this is the last chance, open it now.</source>
        <translation>
            <numerusform>La protection acheteur a pris fin le {ended} : le moment sûr pour ouvrir un litige était avant cette date. La commande est considérée comme terminée, et une commande terminée peut encore faire l&apos;objet d&apos;un litige pendant %n jour (jusqu&apos;au {closes} ; {confidence}) : c&apos;est la dernière chance, ouvrez-le maintenant.</numerusform>
            <numerusform>La protection acheteur a pris fin le {ended} : le moment sûr pour ouvrir un litige était avant cette date. La commande est considérée comme terminée, et une commande terminée peut encore faire l&apos;objet d&apos;un litige pendant %n jours (jusqu&apos;au {closes} ; {confidence}) : c&apos;est la dernière chance, ouvrez-le maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform&apos;s window is missed, but your payment method may still protect you (see below).</source>
        <translation>Le délai de la plateforme est dépassé, mais votre moyen de paiement peut encore vous protéger (voir ci-dessous).</translation>
    </message>
    <message>
        <source>The platform&apos;s window is missed, and no payment-method fallback applies any more.</source>
        <translation>Le délai de la plateforme est dépassé, et aucun recours via le moyen de paiement n&apos;est plus possible.</translation>
    </message>
    <message>
        <source>The seller didn&apos;t answer in time, so the refund you asked for goes through. Record it here when the money arrives.</source>
        <translation>Le vendeur n&apos;a pas répondu à temps : le remboursement que vous avez demandé est donc accordé. Enregistrez-le ici à l&apos;arrivée de l&apos;argent.</translation>
    </message>
    <message numerus="yes">
        <source>The seller must answer within %n day(s) of the opening; if silent, your return is accepted: ship the item back within {return_days} and record its tracking number.</source>
        <translation>
            <numerusform>Le vendeur doit répondre dans un délai de %n jour après l&apos;ouverture ; sans réponse de sa part, votre retour est accepté : renvoyez l&apos;article dans un délai de {return_days} et enregistrez son numéro de suivi.</numerusform>
            <numerusform>Le vendeur doit répondre dans un délai de %n jours après l&apos;ouverture ; sans réponse de sa part, votre retour est accepté : renvoyez l&apos;article dans un délai de {return_days} et enregistrez son numéro de suivi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>the time to ship a return back</comment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The seller must answer within %n day(s) of the opening; if silent, the refund you asked for goes through.</source>
        <translation>
            <numerusform>Le vendeur doit répondre dans un délai de %n jour après l&apos;ouverture ; sans réponse de sa part, le remboursement que vous avez demandé est accordé.</numerusform>
            <numerusform>Le vendeur doit répondre dans un délai de %n jours après l&apos;ouverture ; sans réponse de sa part, le remboursement que vous avez demandé est accordé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The seller answered: accept an offer only when the money or the return is agreed on the platform, not on a promise.</source>
        <translation>Le vendeur a répondu : n&apos;acceptez une offre que si le montant ou le retour est convenu sur la plateforme, pas sur une simple promesse.</translation>
    </message>
    <message numerus="yes">
        <source>If it is still unresolved %n day(s) after the opening, it goes to the platform; you can press &quot;Escalate dispute&quot; earlier.</source>
        <translation>
            <numerusform>Si le litige n&apos;est toujours pas résolu %n jour après son ouverture, il est transmis à la plateforme ; vous pouvez cliquer plus tôt sur « Escalader le litige ».</numerusform>
            <numerusform>Si le litige n&apos;est toujours pas résolu %n jours après son ouverture, il est transmis à la plateforme ; vous pouvez cliquer plus tôt sur « Escalader le litige ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The platform decided against you: you can appeal once, within %n day(s) of the decision, with more evidence.</source>
        <translation>
            <numerusform>La plateforme a tranché en votre défaveur : vous pouvez faire appel une fois, dans un délai de %n jour après la décision, avec des preuves supplémentaires.</numerusform>
            <numerusform>La plateforme a tranché en votre défaveur : vous pouvez faire appel une fois, dans un délai de %n jours après la décision, avec des preuves supplémentaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the appeal fails too, the payment method&apos;s own protection may still help (see the deadlines).</source>
        <translation>Si l&apos;appel échoue aussi, la protection propre à votre moyen de paiement peut encore vous aider (voir les échéances).</translation>
    </message>
    <message numerus="yes">
        <source>Ship the return within %n day(s) of the decision and record its tracking number, or the refund is lost.</source>
        <translation>
            <numerusform>Expédiez le retour dans un délai de %n jour après la décision et enregistrez son numéro de suivi, sinon le remboursement est perdu.</numerusform>
            <numerusform>Expédiez le retour dans un délai de %n jours après la décision et enregistrez son numéro de suivi, sinon le remboursement est perdu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform is deciding: answer its questions quickly and add evidence if it asks.</source>
        <translation>La plateforme examine le litige : répondez rapidement à ses questions et ajoutez des preuves si elle le demande.</translation>
    </message>
    <message>
        <source>Record the seller&apos;s answer, the escalation, the decision and the refund here as they happen.</source>
        <translation>Enregistrez ici la réponse du vendeur, l&apos;escalade, la décision et le remboursement au fur et à mesure.</translation>
    </message>
</context>
<context>
    <name>doctor</name>
    <message>
        <source>in use by a Dispute Desk window or command that is running: {path}</source>
        <translation>utilisé par une fenêtre ou commande Dispute Desk en cours d&apos;exécution : {path}</translation>
    </message>
    <message>
        <source>left by an interrupted run (the next run removes it): {path}</source>
        <translation>laissé par une exécution interrompue (la prochaine exécution le supprimera) : {path}</translation>
    </message>
    <message>
        <source>{work} ({detail})</source>
        <translation>{work} ({detail})</translation>
    </message>
    <message>
        <source>{work} started {time} was interrupted; nothing of it was saved</source>
        <translation>opération interrompue : {work}, démarrée le {time} ; rien n&apos;en a été enregistré</translation>
    </message>
    <message>
        <source>the disk holding {path} has only {size} free</source>
        <translation>le disque contenant {path} n&apos;a plus que {size} de libre</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>a restore</source>
        <translation>restauration</translation>
    </message>
    <message>
        <source>an upgrade of the data</source>
        <translation>mise à niveau des données</translation>
    </message>
    <message>
        <source>{path} is damaged or not a Dispute Desk data file ({reason})</source>
        <translation>{path} est endommagé ou n&apos;est pas un fichier de données Dispute Desk ({reason})</translation>
    </message>
    <message>
        <source>the data file was read without locking it (the disk is full): changes another window is making right now are not part of this check</source>
        <translation>le fichier de données a été lu sans verrouillage (le disque est plein) : les modifications qu&apos;une autre fenêtre est en train de faire ne sont pas prises en compte dans cette vérification</translation>
    </message>
    <message>
        <source>the data is at schema {revision}; this version upgrades it to {head} when it next opens it (only the file&apos;s integrity was checked)</source>
        <translation>les données sont au schéma {revision} ; cette version les mettra à niveau vers {head} à la prochaine ouverture (seule l&apos;intégrité du fichier a été vérifiée)</translation>
    </message>
    <message>
        <source>evidence item {file} of order {order}: {reason}</source>
        <translation>preuve {file} de la commande {order} : {reason}</translation>
    </message>
    <message>
        <source>evidence file missing: {file} of order {order} ({path})</source>
        <translation>fichier de preuve manquant : {file} de la commande {order} ({path})</translation>
    </message>
    <message>
        <source>evidence file damaged (its content changed): {file} of order {order} ({path})</source>
        <translation>fichier de preuve endommagé (son contenu a changé) : {file} de la commande {order} ({path})</translation>
    </message>
    <message>
        <source>evidence file no item refers to (can be deleted): {path}</source>
        <translation>fichier de preuve auquel aucun élément ne fait référence (il peut être supprimé) : {path}</translation>
    </message>
    <message>
        <source>schema: the table {table} is missing</source>
        <translation>schéma : la table {table} est absente</translation>
    </message>
    <message>
        <source>schema: the table {table} lacks the column(s) {columns}</source>
        <translation>schéma : il manque à la table {table} la ou les colonnes {columns}</translation>
    </message>
    <message>
        <source>{table} row {rows} names its file with something that is not a SHA-256 and one of the app&apos;s extensions</source>
        <translation>{table}, ligne {rows} : le nom de fichier n&apos;est pas un SHA-256 suivi d&apos;une des extensions de l&apos;application</translation>
    </message>
    <message>
        <source>{table} row {rows} is of a kind the app doesn&apos;t know</source>
        <translation>{table}, ligne {rows} : type inconnu de l&apos;application</translation>
    </message>
    <message>
        <source>{table} row {rows} holds a time the app can&apos;t read</source>
        <translation>{table}, ligne {rows} : date et heure illisibles pour l&apos;application</translation>
    </message>
    <message>
        <source>{table} row {rows} holds a total or currency the app can&apos;t read</source>
        <translation>{table}, ligne {rows} : total ou devise illisible pour l&apos;application</translation>
    </message>
    <message>
        <source>{table} row {rows} holds a price or quantity the app can&apos;t read</source>
        <translation>{table}, ligne {rows} : prix ou quantité illisible pour l&apos;application</translation>
    </message>
    <message numerus="yes">
        <source>{rows} and %n more</source>
        <translation>
            <numerusform>{rows} et %n autre</numerusform>
            <numerusform>{rows} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>{table} row {row}: refers to a missing row in {parent}</source>
        <translation>{table}, ligne {row} : fait référence à une ligne absente de {parent}</translation>
    </message>
    <message>
        <source>integrity: {problem}</source>
        <translation>intégrité : {problem}</translation>
    </message>
    <message>
        <source>foreign key: {problem}</source>
        <translation>clé étrangère : {problem}</translation>
    </message>
</context>
<context>
    <name>draft</name>
    <message>
        <source>Hello! I&apos;d like to cancel order {order}: I no longer need it. Please don&apos;t ship it; I&apos;m sending a cancellation request now. Could you please approve it? Thank you!</source>
        <translation>Bonjour ! Je souhaite annuler la commande {order} : je n&apos;en ai plus besoin. Merci de ne pas l&apos;expédier ; j&apos;envoie dès maintenant une demande d&apos;annulation. Pourriez-vous l&apos;accepter, s&apos;il vous plaît ? Merci beaucoup !</translation>
    </message>
    <message>
        <source>Hello! I&apos;d like to cancel order {order}. Please don&apos;t ship it; I&apos;m sending a cancellation request now. Could you please approve it? Thank you!</source>
        <translation>Bonjour ! Je souhaite annuler la commande {order}. Merci de ne pas l&apos;expédier ; j&apos;envoie dès maintenant une demande d&apos;annulation. Pourriez-vous l&apos;accepter, s&apos;il vous plaît ? Merci beaucoup !</translation>
    </message>
    <message>
        <source>Hello! I have sent a cancellation request for order {order}. Could you please approve it and not ship the order? Thank you!</source>
        <translation>Bonjour ! J&apos;ai envoyé une demande d&apos;annulation pour la commande {order}. Pourriez-vous l&apos;accepter et ne pas expédier la commande, s&apos;il vous plaît ? Merci beaucoup !</translation>
    </message>
    <message>
        <source>Hello! I understand the item in order {order} is out of stock. I won&apos;t cancel the order myself: if you can&apos;t ship it, the order will close automatically when the shipping time runs out, and the payment will be refunded. Thank you!</source>
        <translation>Bonjour ! Je comprends que l&apos;article de la commande {order} est en rupture de stock. Je n&apos;annulerai pas la commande moi-même : si vous ne pouvez pas l&apos;expédier, la commande se fermera automatiquement à l&apos;expiration du délai d&apos;expédition, et le paiement sera remboursé. Merci !</translation>
    </message>
    <message>
        <source>Hello! Order {order} was paid at the price shown when I ordered; please ship it at that price. I won&apos;t cancel the order myself: if you can&apos;t ship it, the order will close automatically when the shipping time runs out, and the payment will be refunded. Thank you!</source>
        <translation>Bonjour ! La commande {order} a été payée au prix affiché au moment de ma commande ; merci de l&apos;expédier à ce prix. Je n&apos;annulerai pas la commande moi-même : si vous ne pouvez pas l&apos;expédier, la commande se fermera automatiquement à l&apos;expiration du délai d&apos;expédition, et le paiement sera remboursé. Merci !</translation>
    </message>
    <message>
        <source>Hello! You asked me to cancel order {order}. I&apos;d rather not cancel it myself: if you can&apos;t ship it, the order will close automatically when the shipping time runs out, and the payment will be refunded. Thank you for understanding!</source>
        <translation>Bonjour ! Vous m&apos;avez demandé d&apos;annuler la commande {order}. Je préfère ne pas l&apos;annuler moi-même : si vous ne pouvez pas l&apos;expédier, la commande se fermera automatiquement à l&apos;expiration du délai d&apos;expédition, et le paiement sera remboursé. Merci de votre compréhension !</translation>
    </message>
    <message>
        <source>Reason: {reason}.</source>
        <translation>Motif : {reason}.</translation>
    </message>
    <message>
        <source>Order {order}, item “{item}”</source>
        <translation>Commande {order}, article « {item} »</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Commande {order}</translation>
    </message>
    <message>
        <source>ordered on {date}</source>
        <translation>commande passée le {date}</translation>
    </message>
    <message>
        <source>shipped on {date}</source>
        <translation>expédition le {date}</translation>
    </message>
    <message>
        <source>received on {date}</source>
        <translation>réception le {date}</translation>
    </message>
    <message>
        <source>delivered on {date} according to the tracking</source>
        <translation>livraison le {date} selon le suivi</translation>
    </message>
    <message>
        <source>{about}: {dates}.</source>
        <translation>{about} : {dates}.</translation>
    </message>
    <message>
        <source>I ask for a full refund.</source>
        <translation>Je demande un remboursement total.</translation>
    </message>
    <message>
        <source>[amount]</source>
        <translation>[montant]</translation>
    </message>
    <message>
        <source>I ask for a partial refund of {amount} and will keep the item, or a full refund if I return it.</source>
        <translation>Je demande un remboursement partiel de {amount} en gardant l&apos;article, ou un remboursement total si je le renvoie.</translation>
    </message>
    <message numerus="yes">
        <source>I attach %n photo(s) or video(s) that show it.</source>
        <translation>
            <numerusform>Je joins %n photo ou vidéo qui le montre.</numerusform>
            <numerusform>Je joins %n photos ou vidéos qui le montrent.</numerusform>
        </translation>
    </message>
    <message>
        <source>[Attach photos or a video that show it, and say so here.]</source>
        <translation>[Joignez des photos ou une vidéo qui le montrent, et indiquez-le ici.]</translation>
    </message>
    <message>
        <source>I attach screenshots of the tracking ({count}).</source>
        <translation>Je joins des captures d&apos;écran du suivi ({count}).</translation>
    </message>
    <message>
        <source>[Attach screenshots of the tracking, and say so here.]</source>
        <translation>[Joignez des captures d&apos;écran du suivi, et indiquez-le ici.]</translation>
    </message>
    <message>
        <source>[date of shipment]</source>
        <translation>[date d&apos;expédition]</translation>
    </message>
    <message>
        <source>[date you received it]</source>
        <translation>[date de réception]</translation>
    </message>
    <message>
        <source>[date of delivery]</source>
        <translation>[date de livraison]</translation>
    </message>
    <message>
        <source>The tracking hasn&apos;t been updated since [date of the last update], and I haven&apos;t received the parcel.</source>
        <translation>Le suivi n&apos;a pas été mis à jour depuis le [date de la dernière mise à jour], et je n&apos;ai pas reçu le colis.</translation>
    </message>
    <message>
        <source>The tracking shows the parcel going to [the other destination or country], not to my address.</source>
        <translation>Le suivi indique que le colis part vers [l&apos;autre destination ou pays], et non vers mon adresse.</translation>
    </message>
    <message>
        <source>Buyer protection ends soon and the parcel still hasn&apos;t arrived; the tracking last showed [last tracking event].</source>
        <translation>La protection acheteur se termine bientôt et le colis n&apos;est toujours pas arrivé ; le dernier événement du suivi est : [dernier événement du suivi].</translation>
    </message>
    <message>
        <source>The tracking shows the parcel returned to the sender on [date]; I never received it.</source>
        <translation>Le suivi indique que le colis a été retourné à l&apos;expéditeur le [date] ; je ne l&apos;ai jamais reçu.</translation>
    </message>
    <message>
        <source>The parcel is held at customs since [date]: [what customs says].</source>
        <translation>Le colis est bloqué en douane depuis le [date] : [ce que dit la douane].</translation>
    </message>
    <message>
        <source>The listing promised: [what the listing said]. What arrived: [what you received].</source>
        <translation>L&apos;annonce promettait : [ce que disait l&apos;annonce]. Ce que j&apos;ai reçu : [ce que vous avez reçu].</translation>
    </message>
    <message>
        <source>The item doesn&apos;t work: [what happens when you use it]. The listing promised: [what the listing said].</source>
        <translation>L&apos;article ne fonctionne pas : [ce qui se passe quand vous l&apos;utilisez]. L&apos;annonce promettait : [ce que disait l&apos;annonce].</translation>
    </message>
    <message>
        <source>The item arrived damaged: [what is damaged].</source>
        <translation>L&apos;article est arrivé endommagé : [ce qui est endommagé].</translation>
    </message>
    <message>
        <source>I ordered [what you ordered], but received [what arrived].</source>
        <translation>J&apos;ai commandé [ce que vous avez commandé], mais j&apos;ai reçu [ce qui est arrivé].</translation>
    </message>
    <message>
        <source>I ordered [number] pieces, but only [number] arrived.</source>
        <translation>J&apos;ai commandé [nombre] pièces, mais seules [nombre] sont arrivées.</translation>
    </message>
    <message>
        <source>The listing promised a genuine [brand] product, but what arrived is a counterfeit: [what shows it].</source>
        <translation>L&apos;annonce promettait un produit [marque] authentique, mais j&apos;ai reçu une contrefaçon : [ce qui le montre].</translation>
    </message>
    <message>
        <source>The parcel arrived empty: it weighs [weight] instead of [expected weight].</source>
        <translation>Le colis est arrivé vide : il pèse [poids] au lieu de [poids attendu].</translation>
    </message>
    <message>
        <source>parcel not received, tracking not updated</source>
        <translation>colis non reçu, suivi non mis à jour</translation>
    </message>
    <message>
        <source>parcel not received, sent to another destination</source>
        <translation>colis non reçu, envoyé vers une autre destination</translation>
    </message>
    <message>
        <source>parcel not received, delivery period ending</source>
        <translation>colis non reçu, délai de livraison bientôt écoulé</translation>
    </message>
    <message>
        <source>parcel not received, returned to the sender</source>
        <translation>colis non reçu, retourné à l&apos;expéditeur</translation>
    </message>
    <message>
        <source>parcel not received, held at customs</source>
        <translation>colis non reçu, bloqué en douane</translation>
    </message>
    <message>
        <source>item not as described</source>
        <translation>article non conforme à la description</translation>
    </message>
    <message>
        <source>item defective or doesn&apos;t work</source>
        <translation>article défectueux ou qui ne fonctionne pas</translation>
    </message>
    <message>
        <source>item damaged</source>
        <translation>article endommagé</translation>
    </message>
    <message>
        <source>wrong item sent</source>
        <translation>mauvais article envoyé</translation>
    </message>
    <message>
        <source>quantity short</source>
        <translation>quantité manquante</translation>
    </message>
    <message>
        <source>counterfeit item</source>
        <translation>article contrefait</translation>
    </message>
    <message>
        <source>empty parcel</source>
        <translation>colis vide</translation>
    </message>
</context>
<context>
    <name>event</name>
    <message>
        <source>paid</source>
        <translation>paiement</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>expédition</translation>
    </message>
    <message>
        <source>tracking-update</source>
        <translation>mise à jour du suivi</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>livraison</translation>
    </message>
    <message>
        <source>received</source>
        <translation>confirmation de réception</translation>
    </message>
    <message>
        <source>cancel-requested</source>
        <translation>demande d&apos;annulation</translation>
    </message>
    <message>
        <source>cancel-approved</source>
        <translation>annulation acceptée</translation>
    </message>
    <message>
        <source>cancel-rejected</source>
        <translation>annulation refusée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulation</translation>
    </message>
    <message>
        <source>extension-requested</source>
        <translation>demande de prolongation</translation>
    </message>
    <message>
        <source>protection-extended</source>
        <translation>prolongation de la protection</translation>
    </message>
    <message>
        <source>dispute-opened</source>
        <translation>ouverture du litige</translation>
    </message>
    <message>
        <source>dispute-cancelled</source>
        <translation>annulation du litige</translation>
    </message>
    <message>
        <source>seller-responded</source>
        <translation>réponse du vendeur</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalade</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>appealed</source>
        <translation>appel</translation>
    </message>
    <message>
        <source>refund-issued</source>
        <translation>remboursement émis</translation>
    </message>
    <message>
        <source>refund-received</source>
        <translation>remboursement reçu</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>commande passée</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>trashed</source>
        <translation>mise à la corbeille</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restauration</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>Screenshots of the tracking page, with the dates of its last events</source>
        <translation>Captures d&apos;écran de la page de suivi, avec les dates des derniers événements</translation>
    </message>
    <message>
        <source>Screenshots of your chat with the seller</source>
        <translation>Captures d&apos;écran de votre conversation avec le vendeur</translation>
    </message>
    <message>
        <source>An unboxing video, from the sealed parcel to its contents</source>
        <translation>Une vidéo de déballage, du colis encore scellé jusqu&apos;à son contenu</translation>
    </message>
    <message>
        <source>A screenshot of the listing (description, photos, chosen options)</source>
        <translation>Une capture d&apos;écran de l&apos;annonce (description, photos, options choisies)</translation>
    </message>
    <message>
        <source>Screenshots of the tracking page, with the dates of its last events (no update for a long time)</source>
        <translation>Captures d&apos;écran de la page de suivi, avec les dates des derniers événements (aucune mise à jour depuis longtemps)</translation>
    </message>
    <message>
        <source>Screenshots of the tracking page, with the dates of its last events (another destination, country or post office)</source>
        <translation>Captures d&apos;écran de la page de suivi, avec les dates des derniers événements (autre destination, pays ou bureau de poste)</translation>
    </message>
    <message>
        <source>A screenshot of your delivery address on the order page</source>
        <translation>Une capture d&apos;écran de votre adresse de livraison sur la page de la commande</translation>
    </message>
    <message>
        <source>A statement from your post office that the parcel didn&apos;t arrive there</source>
        <translation>Une attestation de votre bureau de poste indiquant que le colis n&apos;y est pas arrivé</translation>
    </message>
    <message>
        <source>A screenshot of the buyer protection countdown on the order page</source>
        <translation>Une capture d&apos;écran du compte à rebours de la protection acheteur sur la page de la commande</translation>
    </message>
    <message>
        <source>Screenshots of the tracking page, with the dates of its last events (the return to the sender)</source>
        <translation>Captures d&apos;écran de la page de suivi, avec les dates des derniers événements (le retour à l&apos;expéditeur)</translation>
    </message>
    <message>
        <source>Screenshots of the tracking page, with the dates of its last events (held at customs)</source>
        <translation>Captures d&apos;écran de la page de suivi, avec les dates des derniers événements (le blocage en douane)</translation>
    </message>
    <message>
        <source>The customs or post-office statement or notice about the parcel</source>
        <translation>L&apos;attestation ou l&apos;avis de la douane ou de la poste concernant le colis</translation>
    </message>
    <message>
        <source>Photos of each difference from the listing</source>
        <translation>Photos de chaque différence par rapport à l&apos;annonce</translation>
    </message>
    <message>
        <source>For size problems: a photo with a ruler next to the item, and its size label</source>
        <translation>Pour un problème de taille : une photo avec une règle à côté de l&apos;article, et son étiquette de taille</translation>
    </message>
    <message>
        <source>A video showing that it doesn&apos;t work</source>
        <translation>Une vidéo montrant qu&apos;il ne fonctionne pas</translation>
    </message>
    <message>
        <source>Photos of the defect</source>
        <translation>Photos du défaut</translation>
    </message>
    <message>
        <source>Photos of each damage</source>
        <translation>Photos de chaque dommage</translation>
    </message>
    <message>
        <source>Photos of the parcel and its packaging as it arrived</source>
        <translation>Photos du colis et de son emballage tels qu&apos;ils sont arrivés</translation>
    </message>
    <message>
        <source>A post-office statement if the parcel arrived damaged</source>
        <translation>Une attestation de la poste si le colis est arrivé endommagé</translation>
    </message>
    <message>
        <source>Photos of what arrived, next to the listing&apos;s photos</source>
        <translation>Photos de ce qui est arrivé, à côté des photos de l&apos;annonce</translation>
    </message>
    <message>
        <source>Photos of the labels and markings of what arrived</source>
        <translation>Photos des étiquettes et marquages de ce qui est arrivé</translation>
    </message>
    <message>
        <source>A photo of everything that arrived, laid out and counted</source>
        <translation>Une photo de tout ce qui est arrivé, étalé et compté</translation>
    </message>
    <message>
        <source>A weight photo of the parcel on scales</source>
        <translation>Une photo du colis sur une balance, montrant son poids</translation>
    </message>
    <message>
        <source>A screenshot of the listing (description, photos, chosen options) showing the quantity</source>
        <translation>Une capture d&apos;écran de l&apos;annonce (description, photos, options choisies) montrant la quantité</translation>
    </message>
    <message>
        <source>Photos of each difference from the genuine product (logos, labels, serial numbers)</source>
        <translation>Photos de chaque différence avec le produit authentique (logos, étiquettes, numéros de série)</translation>
    </message>
    <message>
        <source>A screenshot of the listing (description, photos, chosen options) claiming the brand</source>
        <translation>Une capture d&apos;écran de l&apos;annonce (description, photos, options choisies) revendiquant la marque</translation>
    </message>
    <message>
        <source>Photos of the empty parcel and its packaging</source>
        <translation>Photos du colis vide et de son emballage</translation>
    </message>
    <message>
        <source>A post-office statement of the parcel&apos;s weight on delivery</source>
        <translation>Une attestation de la poste indiquant le poids du colis à la livraison</translation>
    </message>
    <message>
        <source>JPEG, PNG, WebP, HEIC, MP4, MOV or WebM</source>
        <translation>JPEG, PNG, WebP, HEIC, MP4, MOV ou WebM</translation>
    </message>
    <message>
        <source>{name} is an AVIF image; only {formats} files can be attached</source>
        <translation>{name} est une image AVIF ; seuls les fichiers {formats} peuvent être joints</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a named pipe or a device); only files can be attached</source>
        <translation>{path} n&apos;est pas un fichier ordinaire (un tube nommé ou un périphérique) ; seuls des fichiers peuvent être joints</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{path} is a folder, not a photo or video</source>
        <translation>{path} est un dossier, pas une photo ni une vidéo</translation>
    </message>
    <message>
        <source>{path} can&apos;t be read (no permission)</source>
        <translation>{path} est illisible (pas d&apos;autorisation)</translation>
    </message>
    <message>
        <source>{path} can&apos;t be read: {reason}</source>
        <translation>impossible de lire {path} : {reason}</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} est vide</translation>
    </message>
    <message>
        <source>{name} is larger than 4 GB</source>
        <translation>{name} dépasse 4 Go</translation>
    </message>
    <message>
        <source>{name} is not a photo or video that can be kept ({formats})</source>
        <translation>{name} n&apos;est pas une photo ou une vidéo pouvant être conservée ({formats})</translation>
    </message>
    <message>
        <source>{name} has no pixels</source>
        <translation>{name} ne contient aucun pixel</translation>
    </message>
    <message>
        <source>{name} is {width}×{height} pixels, too large to keep (at most {megapixels} megapixels and {side} pixels a side)</source>
        <translation>{name} fait {width}×{height} pixels, trop grand pour être conservé (au maximum {megapixels} mégapixels et {side} pixels de côté)</translation>
    </message>
    <message>
        <source>{name} is too large to open safely (a decompression bomb?)</source>
        <translation>{name} est trop volumineux pour être ouvert sans risque (une bombe de décompression ?)</translation>
    </message>
    <message>
        <source>{name} is not a readable image</source>
        <translation>{name} n&apos;est pas une image lisible</translation>
    </message>
    <message>
        <source>{name} is damaged or cut off ({reason})</source>
        <translation>{name} est endommagé ou tronqué ({reason})</translation>
    </message>
    <message>
        <source>{sha256} is not a SHA-256; no cached file is made for it</source>
        <translation>{sha256} n&apos;est pas un SHA-256 ; aucun fichier en cache n&apos;est créé pour lui</translation>
    </message>
    <message>
        <source>{source} can&apos;t be read: {reason}</source>
        <translation>impossible de lire {source} : {reason}</translation>
    </message>
    <message>
        <source>{name} changed while it was being attached; try again</source>
        <translation>{name} a changé pendant son ajout ; réessayez</translation>
    </message>
    <message>
        <source>{name} is not a readable image: {reason}</source>
        <translation>{name} n&apos;est pas une image lisible : {reason}</translation>
    </message>
    <message>
        <source>{name} is not a readable video: {reason}</source>
        <translation>{name} n&apos;est pas une vidéo lisible : {reason}</translation>
    </message>
    <message>
        <source>too many boxes</source>
        <translation>trop de boîtes</translation>
    </message>
    <message>
        <source>it ends in the middle of a box (cut off?)</source>
        <translation>le fichier se termine au milieu d&apos;une boîte (tronqué ?)</translation>
    </message>
    <message>
        <source>a box has an impossible size ({size} bytes)</source>
        <translation>une boîte a une taille impossible ({size} octets)</translation>
    </message>
    <message>
        <source>a box runs past the end of the file (cut off?)</source>
        <translation>une boîte dépasse la fin du fichier (tronqué ?)</translation>
    </message>
    <message>
        <source>it does not start with a valid file-type box</source>
        <translation>le fichier ne commence pas par une boîte de type de fichier valide</translation>
    </message>
    <message>
        <source>{name} is not a readable image: it has no image header (meta box)</source>
        <translation>{name} n&apos;est pas une image lisible : il n&apos;a pas d&apos;en-tête d&apos;image (boîte meta)</translation>
    </message>
    <message>
        <source>it has two movie headers</source>
        <translation>le fichier contient deux en-têtes vidéo</translation>
    </message>
    <message>
        <source>it has no movie header (moov box)</source>
        <translation>le fichier n&apos;a pas d&apos;en-tête vidéo (boîte moov)</translation>
    </message>
    <message>
        <source>it has no media data</source>
        <translation>le fichier ne contient aucune donnée média</translation>
    </message>
    <message>
        <source>its movie header is implausibly large</source>
        <translation>son en-tête vidéo est anormalement volumineux</translation>
    </message>
    <message>
        <source>it has no video track</source>
        <translation>le fichier n&apos;a pas de piste vidéo</translation>
    </message>
    <message>
        <source>it ends in the middle of an element (cut off?)</source>
        <translation>le fichier se termine au milieu d&apos;un élément (tronqué ?)</translation>
    </message>
    <message>
        <source>an element has an invalid length</source>
        <translation>un élément a une longueur non valide</translation>
    </message>
    <message>
        <source>an element has an invalid ID</source>
        <translation>un élément a un identifiant non valide</translation>
    </message>
    <message>
        <source>an element runs past the end of the file (cut off?)</source>
        <translation>un élément dépasse la fin du fichier (tronqué ?)</translation>
    </message>
    <message>
        <source>too many elements</source>
        <translation>trop d&apos;éléments</translation>
    </message>
    <message>
        <source>an element inside the header has an unknown size</source>
        <translation>un élément de l&apos;en-tête a une taille inconnue</translation>
    </message>
    <message>
        <source>its EBML header is invalid</source>
        <translation>son en-tête EBML n&apos;est pas valide</translation>
    </message>
    <message>
        <source>it is not a WebM or Matroska file</source>
        <translation>ce n&apos;est pas un fichier WebM ou Matroska</translation>
    </message>
    <message>
        <source>it has no segment after its header</source>
        <translation>le fichier n&apos;a pas de segment après son en-tête</translation>
    </message>
    <message>
        <source>its track or info header has an invalid size</source>
        <translation>son en-tête de piste ou d&apos;informations a une taille non valide</translation>
    </message>
    <message>
        <source>it has no frames</source>
        <translation>le fichier ne contient aucune image</translation>
    </message>
    <message>
        <source>a block inside a cluster has an unknown size</source>
        <translation>un bloc d&apos;un cluster a une taille inconnue</translation>
    </message>
    <message>
        <source>no files to attach</source>
        <translation>aucun fichier à joindre</translation>
    </message>
    <message>
        <source>attach at most {limit} files at a time</source>
        <translation>joignez au maximum {limit} fichiers à la fois</translation>
    </message>
    <message>
        <source>{file} is not an image</source>
        <translation>{file} n&apos;est pas une image</translation>
    </message>
    <message>
        <source>a thumbnail is between 16 and 2048 pixels a side</source>
        <translation>une miniature mesure entre 16 et 2048 pixels de côté</translation>
    </message>
    <message>
        <source>the stored file of {file} is missing (run &apos;dispute-desk doctor&apos;)</source>
        <translation>le fichier stocké de {file} est manquant (exécutez &apos;dispute-desk doctor&apos;)</translation>
    </message>
    <message>
        <source>evidence item {name} of order {order}: {reason}</source>
        <translation>preuve {name} de la commande {order} : {reason}</translation>
    </message>
    <message>
        <source>evidence file missing: {name} of order {order} ({path})</source>
        <translation>fichier de preuve manquant : {name} de la commande {order} ({path})</translation>
    </message>
    <message>
        <source>evidence file damaged (its content changed): {name} of order {order} ({path})</source>
        <translation>fichier de preuve endommagé (son contenu a changé) : {name} de la commande {order} ({path})</translation>
    </message>
    <message>
        <source>a caption can be at most {limit} characters</source>
        <translation>une légende ne peut pas dépasser {limit} caractères</translation>
    </message>
    <message>
        <source>no evidence item {id}</source>
        <translation>aucune preuve avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>{path} appeared while the pack was being written; nothing was replaced</source>
        <translation>{path} est apparu pendant la création du dossier ; rien n&apos;a été remplacé</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>{path} already exists; choose another folder (nothing is overwritten)</source>
        <translation>{path} existe déjà ; choisissez un autre dossier (rien n&apos;est écrasé)</translation>
    </message>
    <message>
        <source>{path} already exists and is not empty; choose another folder</source>
        <translation>{path} existe déjà et n&apos;est pas vide ; choisissez un autre dossier</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} est un dossier ; indiquez un nom de fichier</translation>
    </message>
    <message>
        <source>the folder {path} does not exist</source>
        <translation>le dossier {path} n&apos;existe pas</translation>
    </message>
    <message>
        <source>can&apos;t write {path}: {reason}</source>
        <translation>impossible d&apos;écrire {path} : {reason}</translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <source>the processing time</source>
        <translation>le délai de traitement</translation>
    </message>
    <message>
        <source>the ship-by time</source>
        <translation>le délai d&apos;expédition</translation>
    </message>
    <message>
        <source>the tracking number</source>
        <translation>le numéro de suivi</translation>
    </message>
    <message>
        <source>the carrier</source>
        <translation>le transporteur</translation>
    </message>
    <message>
        <source>the end of buyer protection</source>
        <translation>la fin de la protection acheteur</translation>
    </message>
    <message>
        <source>the protection countdown</source>
        <translation>le compte à rebours de la protection</translation>
    </message>
    <message>
        <source>a reason</source>
        <translation>un motif</translation>
    </message>
    <message>
        <source>the refund asked for</source>
        <translation>le remboursement demandé</translation>
    </message>
    <message>
        <source>a return of the item</source>
        <translation>un retour de l&apos;article</translation>
    </message>
    <message>
        <source>the seller&apos;s offer</source>
        <translation>l&apos;offre du vendeur</translation>
    </message>
    <message>
        <source>an outcome</source>
        <translation>une décision</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>un montant</translation>
    </message>
    <message>
        <source>a number of days</source>
        <translation>un nombre de jours</translation>
    </message>
    <message>
        <source>an item</source>
        <translation>un article</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>Awaiting payment</source>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <source>Payment being checked</source>
        <translation>Paiement en cours de vérification</translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation>En attente d&apos;expédition</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancellation requested</source>
        <translation>Annulation demandée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Dispute open</source>
        <translation>Litige en cours</translation>
    </message>
    <message>
        <source>Dispute escalated</source>
        <translation>Litige escaladé</translation>
    </message>
    <message>
        <source>Dispute decided</source>
        <translation>Litige tranché</translation>
    </message>
    <message>
        <source>Refund pending</source>
        <translation>Remboursement en attente</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Unpaid order closes</source>
        <translation>Fermeture de la commande impayée</translation>
    </message>
    <message>
        <source>Payment check ends</source>
        <translation>Fin de la vérification du paiement</translation>
    </message>
    <message>
        <source>Seller must ship</source>
        <translation>Fin du délai d&apos;expédition</translation>
    </message>
    <message>
        <source>Cancellation auto-approved</source>
        <translation>Acceptation automatique de l&apos;annulation</translation>
    </message>
    <message>
        <source>Ask for extension</source>
        <translation>Demander une prolongation</translation>
    </message>
    <message>
        <source>Protection ends</source>
        <translation>Fin de la protection</translation>
    </message>
    <message>
        <source>&quot;Not received&quot; dispute possible</source>
        <translation>Litige « non reçu » possible</translation>
    </message>
    <message>
        <source>Dispute window ends</source>
        <translation>Fin du délai d&apos;ouverture de litige</translation>
    </message>
    <message>
        <source>Seller must respond</source>
        <translation>Réponse du vendeur attendue</translation>
    </message>
    <message>
        <source>Dispute escalates</source>
        <translation>Escalade du litige</translation>
    </message>
    <message>
        <source>Ship the return</source>
        <translation>Expédier le retour</translation>
    </message>
    <message>
        <source>Refund expected</source>
        <translation>Remboursement attendu</translation>
    </message>
    <message>
        <source>PayPal dispute window ends</source>
        <translation>Fin du délai de litige PayPal</translation>
    </message>
    <message>
        <source>Chargeback window ends</source>
        <translation>Fin du délai de rétrofacturation</translation>
    </message>
    <message>
        <source>Platform&apos;s decision expected</source>
        <translation>Décision de la plateforme attendue</translation>
    </message>
    <message>
        <source>Appeal window ends</source>
        <translation>Fin du délai d&apos;appel</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>en retard de %1</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>{name} is not a readable XLSX workbook ({reason})</source>
        <translation>{name} n&apos;est pas un classeur XLSX lisible ({reason})</translation>
    </message>
    <message>
        <source>{name} holds {count} parts, more than a workbook of orders does</source>
        <translation>{name} contient {count} parties, plus qu&apos;un classeur de commandes n&apos;en a</translation>
    </message>
    <message>
        <source>{name}: {part} would expand {ratio} times ({size} MB from a small file); that is not a spreadsheet of orders (a zip bomb?)</source>
        <translation>{name} : {part} se décompresserait {ratio} fois ({size} Mo à partir d&apos;un petit fichier) ; ce n&apos;est pas un tableau de commandes (une bombe zip ?)</translation>
    </message>
    <message>
        <source>{name}: {part} is {size} MB, too large to read</source>
        <translation>{name} : {part} fait {size} Mo, trop volumineux pour être lu</translation>
    </message>
    <message>
        <source>{name} would expand to {size} MB, too large to read</source>
        <translation>{name} se décompresserait en {size} Mo, trop volumineux pour être lu</translation>
    </message>
    <message>
        <source>{name} has no sheet &quot;{sheet}&quot;</source>
        <translation>{name} n&apos;a pas de feuille « {sheet} »</translation>
    </message>
    <message>
        <source>{name}: sheet &quot;{sheet}&quot; can&apos;t be read ({reason})</source>
        <translation>{name} : la feuille « {sheet} » est illisible ({reason})</translation>
    </message>
    <message>
        <source>{name}: sheet &quot;{sheet}&quot; has no column {names}</source>
        <translation>{name} : la feuille « {sheet} » n&apos;a pas de colonne {names}</translation>
    </message>
    <message>
        <source>{name}: sheet &quot;{sheet}&quot; can&apos;t be read after line {line} ({reason})</source>
        <translation>{name} : la feuille « {sheet} » est illisible après la ligne {line} ({reason})</translation>
    </message>
    <message>
        <source>{what} is empty</source>
        <translation>{what} est vide</translation>
    </message>
    <message>
        <source>{what} {value} is not a whole number of cents</source>
        <translation>{what} : {value} n&apos;est pas un nombre entier de centimes</translation>
    </message>
    <message>
        <source>{what} &quot;{value}&quot; is not a number of cents</source>
        <translation>{what} : « {value} » n&apos;est pas un nombre de centimes</translation>
    </message>
    <message>
        <source>{what} &quot;{value}&quot; is not a whole number of cents</source>
        <translation>{what} : « {value} » n&apos;est pas un nombre entier de centimes</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what} : {reason}</translation>
    </message>
    <message>
        <source>gmt_create_order_time is empty</source>
        <translation>gmt_create_order_time est vide</translation>
    </message>
    <message>
        <source>item_name is empty</source>
        <translation>item_name est vide</translation>
    </message>
    <message>
        <source>order id</source>
        <translation>identifiant de commande</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>numéro de commande</translation>
    </message>
    <message>
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <source>order date</source>
        <translation>date de commande</translation>
    </message>
    <message>
        <source>order time</source>
        <translation>heure de commande</translation>
    </message>
    <message>
        <source>payment time</source>
        <translation>heure de paiement</translation>
    </message>
    <message>
        <source>the {what} is empty</source>
        <translation>le champ « {what} » est vide</translation>
    </message>
    <message>
        <source>the {what} {value} was stored as a number and may have lost digits; export ids as text</source>
        <translation>le champ « {what} » ({value}) a été enregistré comme nombre et a pu perdre des chiffres ; exportez les identifiants en texte</translation>
    </message>
    <message>
        <source>the {what} &quot;{text}&quot; was rounded by a spreadsheet; export ids as text</source>
        <translation>le champ « {what} » (« {text} ») a été arrondi par un tableur ; exportez les identifiants en texte</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not an {what}</source>
        <translation>« {text} » n&apos;est pas valide comme {what}</translation>
    </message>
    <message>
        <source>&quot;{shown}&quot; is not an {what}: {message}</source>
        <translation>« {shown} » n&apos;est pas valide comme {what} : {message}</translation>
    </message>
    <message>
        <source>the quantity &quot;{text}&quot; is not a whole number of items</source>
        <translation>la quantité « {text} » n&apos;est pas un nombre entier d&apos;articles</translation>
    </message>
    <message>
        <source>{column} is empty</source>
        <translation>{column} est vide</translation>
    </message>
    <message>
        <source>order {order} is in {currency} on line {line} but in {other} here</source>
        <translation>la commande {order} est en {currency} à la ligne {line}, mais en {other} ici</translation>
    </message>
    <message numerus="yes">
        <source>none of the first %n row(s) can be read (line {line}: {message}); it is not an order file of this kind</source>
        <translation>
            <numerusform>aucune ligne n&apos;est lisible (%n ligne examinée ; ligne {line} : {message}) ; ce n&apos;est pas un fichier de commandes de ce type</numerusform>
            <numerusform>aucune des %n premières lignes n&apos;est lisible (ligne {line} : {message}) ; ce n&apos;est pas un fichier de commandes de ce type</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more row(s) can&apos;t be read</source>
        <translation>
            <numerusform>…et %n autre ligne est illisible</numerusform>
            <numerusform>…et %n autres lignes sont illisibles</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} est vide</translation>
    </message>
    <message>
        <source>{name} is a workbook without the sheet &quot;{sheet}&quot; of AliExpress&apos;s data backup (it has: {sheets})</source>
        <translation>{name} est un classeur sans la feuille « {sheet} » de la sauvegarde de données d&apos;AliExpress (il contient : {sheets})</translation>
    </message>
    <message>
        <source>no sheets</source>
        <translation>aucune feuille</translation>
    </message>
    <message>
        <source>{name} is not an order file Dispute Desk knows (its first line is &quot;{shown}&quot;)</source>
        <translation>{name} n&apos;est pas un fichier de commandes connu de Dispute Desk (sa première ligne est « {shown} »)</translation>
    </message>
    <message>
        <source>no file to import</source>
        <translation>aucun fichier à importer</translation>
    </message>
    <message>
        <source>these files are in different formats; import them one by one: {listed}</source>
        <translation>ces fichiers sont dans des formats différents ; importez-les un par un : {listed}</translation>
    </message>
    <message>
        <source>import {format} files one at a time</source>
        <translation>importez les fichiers {format} un par un</translation>
    </message>
    <message>
        <source>can&apos;t read {names} as {format}: {reason}</source>
        <translation>impossible de lire {names} comme {format} : {reason}</translation>
    </message>
    <message>
        <source>{format} is not a file format</source>
        <translation>{format} n&apos;est pas un format de fichier</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>can&apos;t read {path}: {reason}</source>
        <translation>impossible de lire {path} : {reason}</translation>
    </message>
    <message>
        <source>{name} is an empty list: there are no orders in it</source>
        <translation>{name} est une liste vide : elle ne contient aucune commande</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (or its first item is over 64 KB)</source>
        <translation>{name} n&apos;est pas un JSON valide (ou son premier élément dépasse 64 Ko)</translation>
    </message>
    <message>
        <source>{name} nests lists or objects too deeply to be an order list</source>
        <translation>{name} imbrique trop profondément des listes ou des objets pour être une liste de commandes</translation>
    </message>
    <message>
        <source>{name} is JSON, but not the Shopper Inventory order list (no orderId keys)</source>
        <translation>{name} est du JSON, mais pas la liste de commandes de Shopper Inventory (pas de clés orderId)</translation>
    </message>
    <message>
        <source>message {message} is larger than {size} MB; not a notification</source>
        <translation>le message {message} dépasse {size} Mo ; ce n&apos;est pas une notification</translation>
    </message>
    <message>
        <source>message {message} has {size} KB of headers; not a notification</source>
        <translation>le message {message} a {size} Ko d&apos;en-têtes ; ce n&apos;est pas une notification</translation>
    </message>
    <message>
        <source>message {message} has more encoded header words than a notification</source>
        <translation>le message {message} contient plus de mots d&apos;en-tête encodés qu&apos;une notification</translation>
    </message>
    <message>
        <source>message {message} nests more parts than a notification</source>
        <translation>le message {message} imbrique plus de parties qu&apos;une notification</translation>
    </message>
    <message>
        <source>message {message} nests its parts too deeply</source>
        <translation>le message {message} imbrique ses parties trop profondément</translation>
    </message>
    <message>
        <source>can&apos;t read the e-mail</source>
        <translation>impossible de lire l&apos;e-mail</translation>
    </message>
    <message>
        <source>message {message} can&apos;t be read ({reason})</source>
        <translation>le message {message} est illisible ({reason})</translation>
    </message>
    <message>
        <source>message {message} is not from AliExpress (from &quot;{sender}&quot;)</source>
        <translation>le message {message} ne vient pas d&apos;AliExpress (expéditeur : « {sender} »)</translation>
    </message>
    <message>
        <source>message {message} (&quot;{subject}&quot;) has no readable Date</source>
        <translation>le message {message} (« {subject} ») n&apos;a pas de champ Date lisible</translation>
    </message>
    <message>
        <source>message {message} (&quot;{subject}&quot;) is not a shipping or delivery notice</source>
        <translation>le message {message} (« {subject} ») n&apos;est pas un avis d&apos;expédition ou de livraison</translation>
    </message>
    <message>
        <source>message {message} (&quot;{subject}&quot;) names no order number or tracking number</source>
        <translation>le message {message} (« {subject} ») ne mentionne ni numéro de commande ni numéro de suivi</translation>
    </message>
    <message>
        <source>Shopper Inventory CSV</source>
        <translation>CSV de Shopper Inventory</translation>
    </message>
    <message>
        <source>Shopper Inventory JSON</source>
        <translation>JSON de Shopper Inventory</translation>
    </message>
    <message>
        <source>AliExpress data backup (XLSX)</source>
        <translation>Sauvegarde de données AliExpress (XLSX)</translation>
    </message>
    <message>
        <source>AliExpress-Order-Export CSV</source>
        <translation>CSV d&apos;AliExpress-Order-Export</translation>
    </message>
    <message>
        <source>aliexpress-order-exporter CSV</source>
        <translation>CSV d&apos;aliexpress-order-exporter</translation>
    </message>
    <message>
        <source>tab-separated order rows</source>
        <translation>lignes de commandes séparées par des tabulations</translation>
    </message>
    <message>
        <source>AliExpress notification e-mails</source>
        <translation>E-mails de notification AliExpress</translation>
    </message>
    <message>
        <source>order page text</source>
        <translation>texte de la page de commande</translation>
    </message>
    <message>
        <source>{name} is neither the orders nor the order lines file of AliExpress-Order-Export</source>
        <translation>{name} n&apos;est ni le fichier des commandes ni celui des lignes de commande d&apos;AliExpress-Order-Export</translation>
    </message>
    <message>
        <source>order_title is empty</source>
        <translation>order_title est vide</translation>
    </message>
    <message>
        <source>no countdown in &quot;{text}&quot;</source>
        <translation>aucun compte à rebours dans « {text} »</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a countdown: minutes and seconds go up to 59</source>
        <translation>« {text} » n&apos;est pas un compte à rebours : les minutes et les secondes vont jusqu&apos;à 59</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a countdown: more than 3650 days</source>
        <translation>« {text} » n&apos;est pas un compte à rebours : plus de 3650 jours</translation>
    </message>
    <message>
        <source>total: {reason}</source>
        <translation>total : {reason}</translation>
    </message>
    <message>
        <source>item price: {reason}</source>
        <translation>prix de l&apos;article : {reason}</translation>
    </message>
    <message>
        <source>still missing: {names}</source>
        <translation>encore manquant : {names}</translation>
    </message>
    <message>
        <source>the order time is in the future</source>
        <translation>l&apos;heure de commande est dans le futur</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a JSON order list of more than {limit} MB can&apos;t be imported (export it as CSV, or in parts)</source>
        <translation>{name} fait {size} Mo ; une liste de commandes JSON de plus de {limit} Mo ne peut pas être importée (exportez-la en CSV, ou en plusieurs parties)</translation>
    </message>
    <message>
        <source>{name} is not a JSON list of orders</source>
        <translation>{name} n&apos;est pas une liste de commandes JSON</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (line {line}: {reason})</source>
        <translation>{name} n&apos;est pas un JSON valide (ligne {line} : {reason})</translation>
    </message>
    <message>
        <source>{name} nests lists or objects too deeply (line {line}); an order list is a few levels deep</source>
        <translation>{name} imbrique trop profondément des listes ou des objets (ligne {line}) ; une liste de commandes ne compte que quelques niveaux</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (a list item is not followed by , or ])</source>
        <translation>{name} n&apos;est pas un JSON valide (un élément de liste n&apos;est pas suivi de , ou ])</translation>
    </message>
    <message>
        <source>this list item is not an object</source>
        <translation>cet élément de liste n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>title is empty</source>
        <translation>title est vide</translation>
    </message>
    <message>
        <source>orderDate is empty</source>
        <translation>orderDate est vide</translation>
    </message>
    <message>
        <source>no file {path}</source>
        <translation>fichier {path} introuvable</translation>
    </message>
    <message>
        <source>{name} is not a regular file (a named pipe or a device); only files can be imported</source>
        <translation>{name} n&apos;est pas un fichier ordinaire (un tube nommé ou un périphérique) ; seuls des fichiers peuvent être importés</translation>
    </message>
    <message>
        <source>{name} is too large to import ({size} MB; at most {limit} MB)</source>
        <translation>{name} est trop volumineux pour être importé ({size} Mo ; {limit} Mo au maximum)</translation>
    </message>
    <message>
        <source>&quot;{encoding}&quot; is not an encoding this computer knows</source>
        <translation>« {encoding} » n&apos;est pas un encodage connu de cet ordinateur</translation>
    </message>
    <message>
        <source>{name} has more than {limit} lines; split it into smaller files (an import is checked as a whole before anything is written)</source>
        <translation>{name} compte plus de {limit} lignes ; divisez-le en fichiers plus petits (un import est vérifié en entier avant toute écriture)</translation>
    </message>
    <message>
        <source>the first line can&apos;t be read as a CSV header ({reason})</source>
        <translation>la première ligne ne peut pas être lue comme un en-tête CSV ({reason})</translation>
    </message>
    <message>
        <source>line {line} can&apos;t be read ({reason})</source>
        <translation>la ligne {line} est illisible ({reason})</translation>
    </message>
    <message>
        <source>this row can&apos;t be read ({reason})</source>
        <translation>cette ligne est illisible ({reason})</translation>
    </message>
    <message>
        <source>line {line} is longer than {size} MB of text</source>
        <translation>la ligne {line} dépasse {size} Mo de texte</translation>
    </message>
    <message>
        <source>this row can&apos;t be read (a field is longer than {size} MB of text)</source>
        <translation>cette ligne est illisible (un champ dépasse {size} Mo de texte)</translation>
    </message>
    <message>
        <source>a field is longer than {size} MB of text</source>
        <translation>un champ dépasse {size} Mo de texte</translation>
    </message>
    <message>
        <source>{event} on {time}Z is in the future</source>
        <translation>« {event} » du {time}Z est dans le futur</translation>
    </message>
    <message>
        <source>the order date {date} is in the future</source>
        <translation>la date de commande {date} est dans le futur</translation>
    </message>
    <message numerus="yes">
        <source>new order, %n line(s), {event}</source>
        <translation>
            <numerusform>nouvelle commande, %n ligne, {event}</numerusform>
            <numerusform>nouvelle commande, %n lignes, {event}</numerusform>
        </translation>
    </message>
    <message>
        <source>order {order} is in the trash; restore it to import it again</source>
        <translation>la commande {order} est dans la corbeille ; restaurez-la pour l&apos;importer à nouveau</translation>
    </message>
    <message>
        <source>status “{status}” not recorded: {reason}</source>
        <translation>statut « {status} » non enregistré : {reason}</translation>
    </message>
    <message>
        <source>already imported, nothing changed</source>
        <translation>déjà importée, rien n&apos;a changé</translation>
    </message>
    <message>
        <source>adds {events}</source>
        <translation>ajoute {events}</translation>
    </message>
    <message>
        <source>the source rows changed</source>
        <translation>les lignes source ont changé</translation>
    </message>
    <message>
        <source>order {order}: {reason}</source>
        <translation>commande {order} : {reason}</translation>
    </message>
    <message>
        <source>order {order} is not in Dispute Desk</source>
        <translation>la commande {order} n&apos;est pas dans Dispute Desk</translation>
    </message>
    <message>
        <source>message {message}: order {order} is not in Dispute Desk; import the order first</source>
        <translation>message {message} : la commande {order} n&apos;est pas dans Dispute Desk ; importez d&apos;abord la commande</translation>
    </message>
    <message>
        <source>the parcel {tracking} is not in Dispute Desk</source>
        <translation>le colis {tracking} n&apos;est pas dans Dispute Desk</translation>
    </message>
    <message>
        <source>message {message}: the parcel {tracking} is not in Dispute Desk; import the order first</source>
        <translation>message {message} : le colis {tracking} n&apos;est pas dans Dispute Desk ; importez d&apos;abord la commande</translation>
    </message>
    <message>
        <source>the order is in the trash</source>
        <translation>la commande est dans la corbeille</translation>
    </message>
    <message>
        <source>{event}: already known</source>
        <translation>{event} : déjà connu</translation>
    </message>
    <message>
        <source>the e-mail is dated in the future ({time})</source>
        <translation>l&apos;e-mail est daté dans le futur ({time})</translation>
    </message>
    <message>
        <source>message {message} (order {order}): {reason}</source>
        <translation>message {message} (commande {order}) : {reason}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>remarque : {note}</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>l&apos;import a été annulé ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{files} has no orders in it</source>
        <translation>{files} ne contient aucune commande</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n row(s) of {files} could be read as {format} (line {line}: {reason})</source>
        <translation>
            <numerusform>aucune ligne de {files} (%n au total) n&apos;a pu être lue comme {format} (ligne {line} : {reason})</numerusform>
            <numerusform>aucune des %n lignes de {files} n&apos;a pu être lue comme {format} (ligne {line} : {reason})</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown format &quot;{format}&quot; (one of: {choices})</source>
        <translation>format inconnu « {format} » (valeurs possibles : {choices})</translation>
    </message>
    <message>
        <source>can&apos;t read {files} as {format}: {reason}</source>
        <translation>impossible de lire {files} comme {format} : {reason}</translation>
    </message>
</context>
<context>
    <name>input</name>
    <message>
        <source>&quot;{text}&quot; is not a whole number</source>
        <translation>« {text} » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>unknown currency &quot;{code}&quot;</source>
        <translation>devise inconnue « {code} »</translation>
    </message>
    <message>
        <source>try &quot;2026-02-21&quot;, &quot;Feb 21, 2026&quot; or &quot;21.02.2026&quot;</source>
        <translation>essayez « 2026-02-21 », « Feb 21, 2026 » ou « 21.02.2026 »</translation>
    </message>
    <message>
        <source>can&apos;t read &quot;{text}&quot; as a date ({reason})</source>
        <translation>impossible de lire « {text} » comme une date ({reason})</translation>
    </message>
    <message>
        <source>the year must be between {first} and {last}</source>
        <translation>l&apos;année doit être comprise entre {first} et {last}</translation>
    </message>
    <message>
        <source>enter a date, such as &quot;2026-02-21&quot;</source>
        <translation>saisissez une date, par exemple « 2026-02-21 »</translation>
    </message>
    <message>
        <source>no such date</source>
        <translation>cette date n&apos;existe pas</translation>
    </message>
    <message>
        <source>with AM or PM the hour goes from 1 to 12</source>
        <translation>avec AM ou PM, l&apos;heure va de 1 à 12</translation>
    </message>
    <message>
        <source>no such time of day</source>
        <translation>cette heure n&apos;existe pas</translation>
    </message>
    <message>
        <source>give the year with four digits</source>
        <translation>indiquez l&apos;année sur quatre chiffres</translation>
    </message>
    <message>
        <source>it gives the weeks twice</source>
        <translation>les semaines sont indiquées deux fois</translation>
    </message>
    <message>
        <source>it gives the days twice</source>
        <translation>les jours sont indiqués deux fois</translation>
    </message>
    <message>
        <source>it gives the hours twice</source>
        <translation>les heures sont indiquées deux fois</translation>
    </message>
    <message>
        <source>it gives the minutes twice</source>
        <translation>les minutes sont indiquées deux fois</translation>
    </message>
    <message>
        <source>it gives the seconds twice</source>
        <translation>les secondes sont indiquées deux fois</translation>
    </message>
    <message>
        <source>try &quot;12d 05:33:10&quot; or &quot;5 hours&quot;</source>
        <translation>essayez « 12d 05:33:10 » ou « 5 hours »</translation>
    </message>
    <message>
        <source>can&apos;t read {text} as a duration ({reason})</source>
        <translation>impossible de lire {text} comme une durée ({reason})</translation>
    </message>
    <message>
        <source>minutes and seconds go up to 59</source>
        <translation>les minutes et les secondes vont jusqu&apos;à 59</translation>
    </message>
    <message>
        <source>use whole minutes and seconds</source>
        <translation>utilisez des minutes et des secondes entières</translation>
    </message>
    <message>
        <source>enter a duration, such as &quot;12d 05:33:10&quot; or &quot;5 hours&quot;</source>
        <translation>saisissez une durée, par exemple « 12d 05:33:10 » ou « 5 hours »</translation>
    </message>
    <message>
        <source>a duration can&apos;t be negative: {text}</source>
        <translation>une durée ne peut pas être négative : {text}</translation>
    </message>
    <message>
        <source>that is more than 3650 days</source>
        <translation>cela dépasse 3650 jours</translation>
    </message>
    <message>
        <source>it is not a whole number of seconds</source>
        <translation>ce n&apos;est pas un nombre entier de secondes</translation>
    </message>
    <message>
        <source>try &quot;12.34&quot; or &quot;US $12.34&quot;</source>
        <translation>essayez « 12,34 » ou « US $12.34 »</translation>
    </message>
    <message>
        <source>can&apos;t read {text} as an amount ({reason})</source>
        <translation>impossible de lire {text} comme un montant ({reason})</translation>
    </message>
    <message>
        <source>&quot;{symbol}&quot; is not a currency we know</source>
        <translation>« {symbol} » n&apos;est pas une devise connue</translation>
    </message>
    <message>
        <source>it names two currencies, {first} and {second}</source>
        <translation>deux devises sont indiquées : {first} et {second}</translation>
    </message>
    <message>
        <source>it mixes thousands separators</source>
        <translation>les séparateurs de milliers sont mélangés</translation>
    </message>
    <message>
        <source>thousands go in groups of three digits</source>
        <translation>les milliers vont par groupes de trois chiffres</translation>
    </message>
    <message>
        <source>enter an amount, such as &quot;12.34&quot;</source>
        <translation>saisissez un montant, par exemple « 12,34 »</translation>
    </message>
    <message>
        <source>an amount can&apos;t be negative: {text}</source>
        <translation>un montant ne peut pas être négatif : {text}</translation>
    </message>
    <message>
        <source>{text} is in {currency}, but the amount should be in {expected}</source>
        <translation>{text} est en {currency}, mais le montant devrait être en {expected}</translation>
    </message>
    <message>
        <source>that is more than 10^12</source>
        <translation>cela dépasse 10^12</translation>
    </message>
    <message numerus="yes">
        <source>{currency} has %n decimal(s)</source>
        <translation>
            <numerusform>{currency} a %n décimale</numerusform>
            <numerusform>{currency} a %n décimales</numerusform>
        </translation>
    </message>
    <message>
        <source>try &quot;2026-03-01 14:30&quot; or &quot;2026-03-01T14:30+03:00&quot;</source>
        <translation>essayez « 2026-03-01 14:30 » ou « 2026-03-01T14:30+03:00 »</translation>
    </message>
    <message>
        <source>can&apos;t read {text} as a date and time ({reason})</source>
        <translation>impossible de lire {text} comme une date et heure ({reason})</translation>
    </message>
    <message>
        <source>&quot;{offset}&quot; is not a time zone offset</source>
        <translation>« {offset} » n&apos;est pas un décalage horaire</translation>
    </message>
    <message>
        <source>{time} does not exist in your time zone (the clocks jump forward); add an offset such as {offset}</source>
        <translation>{time} n&apos;existe pas dans votre fuseau horaire (passage à l&apos;heure d&apos;été) ; ajoutez un décalage, par exemple {offset}</translation>
    </message>
    <message>
        <source>{time} happens twice in your time zone (the clocks go back); add an offset: {first} for the first time or {second} for the second</source>
        <translation>{time} existe deux fois dans votre fuseau horaire (passage à l&apos;heure d&apos;hiver) ; ajoutez un décalage : {first} pour la première fois ou {second} pour la seconde</translation>
    </message>
    <message>
        <source>no such date or time</source>
        <translation>cette date ou heure n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Litiges</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Median delivery (days)</source>
        <translation>Livraison médiane (jours)</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Dernière commande</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Éviter</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Votre note</translation>
    </message>
    <message>
        <source>avoid</source>
        <translation>à éviter</translation>
    </message>
    <message>
        <source>not flagged</source>
        <translation>non signalée</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source>Tracking stalled</source>
        <translation>Suivi bloqué</translation>
    </message>
    <message>
        <source>Wrong destination</source>
        <translation>Mauvaise destination</translation>
    </message>
    <message>
        <source>Delivery period ending</source>
        <translation>Délai de livraison bientôt écoulé</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>Retourné à l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Held at customs</source>
        <translation>Bloqué en douane</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Non conforme à la description</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Défectueux</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Mauvais article</translation>
    </message>
    <message>
        <source>Quantity short</source>
        <translation>Quantité manquante</translation>
    </message>
    <message>
        <source>Counterfeit</source>
        <translation>Contrefaçon</translation>
    </message>
    <message>
        <source>Empty parcel</source>
        <translation>Colis vide</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>a store needs a name</source>
        <translation>une boutique doit avoir un nom</translation>
    </message>
    <message>
        <source>the note is too long ({count} characters; at most {limit})</source>
        <translation>la note est trop longue ({count} caractères ; {limit} au maximum)</translation>
    </message>
    <message>
        <source>a rate converts another currency into the home currency, not the home currency itself</source>
        <translation>un taux convertit une autre devise dans la devise de référence, pas la devise de référence elle-même</translation>
    </message>
    <message>
        <source>a rate must be a positive number</source>
        <translation>un taux doit être un nombre positif</translation>
    </message>
    <message>
        <source>You marked “%1” as a store to avoid: %2</source>
        <translation>Vous avez marqué « %1 » comme boutique à éviter : %2</translation>
    </message>
    <message>
        <source>You marked “%1” as a store to avoid.</source>
        <translation>Vous avez marqué « %1 » comme boutique à éviter.</translation>
    </message>
    <message>
        <source>%1, store marked avoid</source>
        <translation>%1, boutique marquée à éviter</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>≈ %1 in all, converted at your rates (an estimate, not what was paid)</source>
        <translation>≈ %1 au total, converti à vos taux (une estimation, pas le montant payé)</translation>
    </message>
    <message>
        <source>without %1: no rate for the time of payment</source>
        <translation>sans %1 : aucun taux pour la date du paiement</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>En litige</translation>
    </message>
    <message>
        <source>Refunds received</source>
        <translation>Remboursements reçus</translation>
    </message>
    <message>
        <source>Still pending</source>
        <translation>Encore en attente</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Disputed: what the disputes opened in the period asked for. Refunds received: every refund in the period. Still pending: what open and won disputes have yet to pay.</source>
        <translation>En litige : ce que les litiges ouverts sur la période ont demandé. Remboursements reçus : tous les remboursements de la période. Encore en attente : ce que les litiges ouverts ou gagnés doivent encore rembourser.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1: %2 days (median of %3)</source>
        <translation>%1 : %2 jours (médiane sur %3)</translation>
    </message>
    <message>
        <source>How long they took: %1</source>
        <translation>Durée des litiges : %1</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Days from shipped to delivered</source>
        <translation>Jours entre l&apos;expédition et la livraison</translation>
    </message>
    <message>
        <source>any carrier</source>
        <translation>tout transporteur</translation>
    </message>
    <message>
        <source>Tracking: %1</source>
        <translation>Suivi : %1</translation>
    </message>
    <message>
        <source>Opens the carrier&apos;s tracking page in your browser</source>
        <translation>Ouvre la page de suivi du transporteur dans votre navigateur</translation>
    </message>
</context>
<context>
    <name>refusal</name>
    <message>
        <source>unknown reason &quot;{reason}&quot; (one of: {choices})</source>
        <translation>motif inconnu « {reason} » (valeurs possibles : {choices})</translation>
    </message>
    <message>
        <source>the ship-by time needs a date, a time and a time zone</source>
        <translation>le délai d&apos;expédition doit comporter une date, une heure et un fuseau horaire</translation>
    </message>
    <message>
        <source>the ship-by time must be after the payment</source>
        <translation>le délai d&apos;expédition doit être postérieur au paiement</translation>
    </message>
    <message>
        <source>the order was never paid and has closed by itself, so there is nothing to dispute.</source>
        <translation>la commande n&apos;a jamais été payée et s&apos;est fermée d&apos;elle-même : il n&apos;y a donc rien à contester.</translation>
    </message>
    <message>
        <source>the seller didn&apos;t ship in time: the order closes by itself and the money comes back.</source>
        <translation>le vendeur n&apos;a pas expédié à temps : la commande se ferme d&apos;elle-même et l&apos;argent vous est rendu.</translation>
    </message>
    <message>
        <source>a dispute is already open.</source>
        <translation>un litige est déjà ouvert.</translation>
    </message>
    <message>
        <source>the parcel hasn&apos;t arrived yet: a dispute about what arrived needs the goods in your hands. If it doesn&apos;t come, choose a &quot;not received&quot; reason.</source>
        <translation>le colis n&apos;est pas encore arrivé : un litige sur ce que vous avez reçu suppose d&apos;avoir la marchandise entre les mains. S&apos;il n&apos;arrive pas, choisissez un motif « non reçu ».</translation>
    </message>
    <message>
        <source>too early: this dispute can be opened from {time}.</source>
        <translation>trop tôt : ce litige pourra être ouvert à partir de {time}.</translation>
    </message>
    <message>
        <source>this item already had a dispute; after a cancelled one, a new dispute can be opened only while buyer protection runs, and it ended at {time}.</source>
        <translation>cet article a déjà fait l&apos;objet d&apos;un litige ; après un litige annulé, un nouveau litige ne peut être ouvert que pendant la protection acheteur, et celle-ci a pris fin le {time}.</translation>
    </message>
    <message>
        <source>this order already had a dispute; after a cancelled one, a new dispute can be opened only while buyer protection runs, and it ended at {time}.</source>
        <translation>cette commande a déjà fait l&apos;objet d&apos;un litige ; après un litige annulé, un nouveau litige ne peut être ouvert que pendant la protection acheteur, et celle-ci a pris fin le {time}.</translation>
    </message>
    <message>
        <source>the dispute window closed at {time}, so the dispute can&apos;t be opened any more.</source>
        <translation>le délai d&apos;ouverture de litige a pris fin le {time} : le litige ne peut donc plus être ouvert.</translation>
    </message>
    <message>
        <source>a dispute about this item is already open.</source>
        <translation>un litige portant sur cet article est déjà ouvert.</translation>
    </message>
    <message>
        <source>a dispute about this order is already open.</source>
        <translation>un litige portant sur cette commande est déjà ouvert.</translation>
    </message>
    <message>
        <source>this item already had a dispute, and the dispute has been decided or refunded.</source>
        <translation>cet article a déjà fait l&apos;objet d&apos;un litige, et ce litige a été tranché ou remboursé.</translation>
    </message>
    <message>
        <source>this order already had a dispute, and the dispute has been decided or refunded.</source>
        <translation>cette commande a déjà fait l&apos;objet d&apos;un litige, et ce litige a été tranché ou remboursé.</translation>
    </message>
    <message>
        <source>you confirmed receipt, so a &quot;not received&quot; dispute can&apos;t be opened any more; if something is wrong with what arrived, choose a reason for that instead.</source>
        <translation>vous avez confirmé la réception : un litige « non reçu » ne peut donc plus être ouvert ; si ce que vous avez reçu pose problème, choisissez plutôt un motif correspondant.</translation>
    </message>
    <message>
        <source>this item already had a dispute; after a cancelled one, a new dispute can be opened only while buyer protection runs, and confirming receipt ended it.</source>
        <translation>cet article a déjà fait l&apos;objet d&apos;un litige ; après un litige annulé, un nouveau litige ne peut être ouvert que pendant la protection acheteur, et la confirmation de réception y a mis fin.</translation>
    </message>
    <message>
        <source>this order already had a dispute; after a cancelled one, a new dispute can be opened only while buyer protection runs, and confirming receipt ended it.</source>
        <translation>cette commande a déjà fait l&apos;objet d&apos;un litige ; après un litige annulé, un nouveau litige ne peut être ouvert que pendant la protection acheteur, et la confirmation de réception y a mis fin.</translation>
    </message>
    <message>
        <source>buyer protection ends before this dispute could be opened.</source>
        <translation>la protection acheteur prend fin avant que ce litige puisse être ouvert.</translation>
    </message>
    <message>
        <source>the order isn&apos;t paid, so there is nothing to dispute.</source>
        <translation>la commande n&apos;est pas payée : il n&apos;y a donc rien à contester.</translation>
    </message>
    <message>
        <source>the order is cancelled, so there is nothing to dispute.</source>
        <translation>la commande est annulée : il n&apos;y a donc rien à contester.</translation>
    </message>
    <message>
        <source>the order hasn&apos;t shipped yet, so a dispute can&apos;t be opened: ask to cancel instead.</source>
        <translation>la commande n&apos;a pas encore été expédiée : un litige ne peut donc pas être ouvert ; demandez plutôt l&apos;annulation.</translation>
    </message>
    <message>
        <source>a refund for this order is already on its way, so there is nothing to dispute.</source>
        <translation>un remboursement pour cette commande est déjà en route : il n&apos;y a donc rien à contester.</translation>
    </message>
    <message>
        <source>the order is refunded, so there is nothing to dispute.</source>
        <translation>la commande est remboursée : il n&apos;y a donc rien à contester.</translation>
    </message>
    <message>
        <source>the order has no item {line} (its items: none).</source>
        <translation>la commande n&apos;a pas d&apos;article {line} (ses articles : aucun).</translation>
    </message>
    <message>
        <source>the order has no item {line} (its items: {items}).</source>
        <translation>la commande n&apos;a pas d&apos;article {line} (ses articles : {items}).</translation>
    </message>
    <message>
        <source>the platform already decided a dispute about the whole order.</source>
        <translation>la plateforme a déjà tranché un litige portant sur toute la commande.</translation>
    </message>
    <message>
        <source>item {line} is refunded in full, so there is nothing to dispute.</source>
        <translation>l&apos;article {line} est entièrement remboursé : il n&apos;y a donc rien à contester.</translation>
    </message>
    <message>
        <source>the order number is empty</source>
        <translation>le numéro de commande est vide</translation>
    </message>
    <message>
        <source>the order number contains a line break, a tab or another invisible character</source>
        <translation>le numéro de commande contient un saut de ligne, une tabulation ou un autre caractère invisible</translation>
    </message>
    <message>
        <source>the order number contains a space: copy the number alone</source>
        <translation>le numéro de commande contient un espace : copiez le numéro seul</translation>
    </message>
    <message>
        <source>an order number can&apos;t contain / or \ or ..</source>
        <translation>un numéro de commande ne peut contenir ni / ni \ ni ..</translation>
    </message>
    <message>
        <source>an order number has only letters, digits, - and _ (and starts with a letter or a digit); this one has &quot;{bad}&quot;</source>
        <translation>un numéro de commande ne contient que des lettres, des chiffres, - et _ (et commence par une lettre ou un chiffre) ; celui-ci contient « {bad} »</translation>
    </message>
    <message>
        <source>the order number has {length} characters; no shop&apos;s numbers are longer than {limit}</source>
        <translation>le numéro de commande compte {length} caractères ; aucun site n&apos;utilise de numéros de plus de {limit} caractères</translation>
    </message>
    <message>
        <source>the order number has {length} digits; AliExpress order numbers have at most {most}</source>
        <translation>le numéro de commande compte {length} chiffres ; les numéros de commande AliExpress en ont au maximum {most}</translation>
    </message>
    <message>
        <source>not an AliExpress order number (those are 15 to 20 digits); fine if the order is from another shop</source>
        <translation>ce n&apos;est pas un numéro de commande AliExpress (ceux-ci ont de 15 à 20 chiffres) ; aucun problème si la commande provient d&apos;un autre site</translation>
    </message>
    <message>
        <source>unknown time zone &quot;{zone}&quot; (use &quot;local&quot; or a name such as America/Los_Angeles)</source>
        <translation>fuseau horaire inconnu « {zone} » (utilisez « local » ou un nom tel que America/Los_Angeles)</translation>
    </message>
    <message>
        <source>{rule}: expected yes or no</source>
        <translation>{rule} : il faut oui ou non</translation>
    </message>
    <message>
        <source>{rule}: expected &quot;local&quot; or a time zone name such as America/Los_Angeles</source>
        <translation>{rule} : il faut « local » ou un nom de fuseau horaire tel que America/Los_Angeles</translation>
    </message>
    <message>
        <source>{rule}: expected a range for each of {names}</source>
        <translation>{rule} : il faut une plage pour chacune des valeurs {names}</translation>
    </message>
    <message>
        <source>{rule}: this value can&apos;t be changed</source>
        <translation>{rule} : cette valeur ne peut pas être modifiée</translation>
    </message>
    <message>
        <source>{rule}: expected a whole number of days from 0 to 3650</source>
        <translation>{rule} : il faut un nombre entier de jours de 0 à 3650</translation>
    </message>
    <message>
        <source>{rule}: expected a whole number of hours from 0 to 3650</source>
        <translation>{rule} : il faut un nombre entier d&apos;heures de 0 à 3650</translation>
    </message>
    <message>
        <source>{rule}: expected a whole number of {unit} from 0 to 3650</source>
        <translation>{rule} : il faut un nombre entier de {unit} de 0 à 3650</translation>
    </message>
    <message>
        <source>{rule}: expected a range with min and max</source>
        <translation>{rule} : il faut une plage avec min et max</translation>
    </message>
    <message>
        <source>{rule}: min and max must be whole numbers</source>
        <translation>{rule} : min et max doivent être des nombres entiers</translation>
    </message>
    <message>
        <source>{rule}: min must not exceed max (0 to 3650)</source>
        <translation>{rule} : min ne doit pas dépasser max (0 à 3650)</translation>
    </message>
    <message>
        <source>no rule profile named &quot;{profile}&quot;</source>
        <translation>aucun profil de règles nommé « {profile} »</translation>
    </message>
    <message>
        <source>reminder lead times: expected a list of durations such as [&quot;7d&quot;, &quot;48h&quot;, &quot;2h&quot;]</source>
        <translation>délais de rappel : il faut une liste de durées telle que [&quot;7d&quot;, &quot;48h&quot;, &quot;2h&quot;]</translation>
    </message>
    <message>
        <source>reminder lead times: at most {count}</source>
        <translation>délais de rappel : {count} au maximum</translation>
    </message>
    <message>
        <source>reminder lead times: &quot;{lead}&quot; is no time before a deadline</source>
        <translation>délais de rappel : « {lead} » n&apos;est pas un délai avant une échéance</translation>
    </message>
    <message>
        <source>reminder lead times: &quot;{lead}&quot; is more than a year</source>
        <translation>délais de rappel : « {lead} » dépasse un an</translation>
    </message>
    <message>
        <source>reminder lead times: &quot;{first}&quot; and &quot;{second}&quot; are the same</source>
        <translation>délais de rappel : « {first} » et « {second} » sont identiques</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a time of day such as 22:00</source>
        <translation>« {text} » n&apos;est pas une heure telle que 22:00</translation>
    </message>
    <message>
        <source>the order is not paid yet</source>
        <translation>la commande n&apos;est pas encore payée</translation>
    </message>
    <message>
        <source>the order is paid and waiting to be shipped</source>
        <translation>la commande est payée et attend d&apos;être expédiée</translation>
    </message>
    <message>
        <source>a cancellation request is pending</source>
        <translation>une demande d&apos;annulation est en attente</translation>
    </message>
    <message>
        <source>the order is cancelled</source>
        <translation>la commande est annulée</translation>
    </message>
    <message>
        <source>the order has shipped</source>
        <translation>la commande a été expédiée</translation>
    </message>
    <message>
        <source>receipt is already confirmed</source>
        <translation>la réception est déjà confirmée</translation>
    </message>
    <message>
        <source>a dispute is open</source>
        <translation>un litige est en cours</translation>
    </message>
    <message>
        <source>the dispute is escalated and waits for the platform&apos;s decision</source>
        <translation>le litige est escaladé et attend la décision de la plateforme</translation>
    </message>
    <message>
        <source>the dispute has been decided</source>
        <translation>le litige a été tranché</translation>
    </message>
    <message>
        <source>a refund is on its way</source>
        <translation>un remboursement est en route</translation>
    </message>
    <message>
        <source>the order is refunded</source>
        <translation>la commande est remboursée</translation>
    </message>
    <message>
        <source>the platform decided the dispute about the order</source>
        <translation>la plateforme a tranché le litige portant sur la commande</translation>
    </message>
    <message>
        <source>it hasn&apos;t shipped yet</source>
        <translation>la commande n&apos;a pas encore été expédiée</translation>
    </message>
    <message>
        <source>it isn&apos;t paid yet</source>
        <translation>la commande n&apos;est pas encore payée</translation>
    </message>
    <message>
        <source>a dispute is open: confirming receipt would end it in the seller&apos;s favour</source>
        <translation>un litige est en cours : confirmer la réception le clôturerait en faveur du vendeur</translation>
    </message>
    <message>
        <source>there is no open dispute to escalate</source>
        <translation>aucun litige en cours à escalader</translation>
    </message>
    <message>
        <source>an unpaid order needs no request: it closes by itself, or record it as cancelled</source>
        <translation>une commande impayée ne nécessite aucune demande : elle se ferme d&apos;elle-même, ou enregistrez-la comme annulée</translation>
    </message>
    <message>
        <source>it has shipped, so it can&apos;t be cancelled any more: wait for the parcel or open a dispute</source>
        <translation>la commande a été expédiée et ne peut plus être annulée : attendez le colis ou ouvrez un litige</translation>
    </message>
    <message>
        <source>it hasn&apos;t shipped yet: ask to cancel instead</source>
        <translation>la commande n&apos;a pas encore été expédiée : demandez plutôt l&apos;annulation</translation>
    </message>
    <message>
        <source>there is no open dispute to cancel</source>
        <translation>aucun litige en cours à annuler</translation>
    </message>
    <message>
        <source>can&apos;t record {event}: {reason}</source>
        <translation>impossible d&apos;enregistrer « {event} » : {reason}</translation>
    </message>
    <message>
        <source>{event} can&apos;t happen before the order was placed</source>
        <translation>« {event} » ne peut pas avoir lieu avant la passation de la commande</translation>
    </message>
    <message>
        <source>an item can&apos;t be named for {event}: it is about the whole order</source>
        <translation>impossible d&apos;indiquer un article pour « {event} » : cela concerne toute la commande</translation>
    </message>
    <message>
        <source>a &quot;not received&quot; dispute can&apos;t ask for a return, since there is nothing to send back</source>
        <translation>un litige « non reçu » ne peut pas demander de retour, puisqu&apos;il n&apos;y a rien à renvoyer</translation>
    </message>
    <message>
        <source>the dispute is open and waits for the seller or the platform</source>
        <translation>le litige est en cours et attend le vendeur ou la plateforme</translation>
    </message>
    <message>
        <source>the dispute has been decided with a return of the item</source>
        <translation>le litige a été tranché avec un retour de l&apos;article</translation>
    </message>
    <message>
        <source>the dispute&apos;s refund is on its way</source>
        <translation>le remboursement du litige est en route</translation>
    </message>
    <message>
        <source>the dispute&apos;s refund arrived</source>
        <translation>le remboursement du litige est arrivé</translation>
    </message>
    <message>
        <source>the dispute was cancelled</source>
        <translation>le litige a été annulé</translation>
    </message>
    <message>
        <source>can&apos;t record {event}: several items have a dispute (items {items}); say which item</source>
        <translation>impossible d&apos;enregistrer « {event} » : plusieurs articles font l&apos;objet d&apos;un litige (articles {items}) ; indiquez lequel</translation>
    </message>
    <message>
        <source>a dispute can be appealed only once, and this one was</source>
        <translation>on ne peut faire appel qu&apos;une fois par litige, et c&apos;est déjà fait pour celui-ci</translation>
    </message>
    <message>
        <source>there is no decision against you to appeal</source>
        <translation>aucune décision en votre défaveur dont faire appel</translation>
    </message>
    <message>
        <source>the appeal window closed at {time}</source>
        <translation>le délai d&apos;appel a pris fin le {time}</translation>
    </message>
    <message>
        <source>{event}: {amount} is more than the dispute is about ({scope})</source>
        <translation>« {event} » : {amount} dépasse le montant en litige ({scope})</translation>
    </message>
    <message>
        <source>there is no open dispute to answer</source>
        <translation>aucun litige en cours auquel répondre</translation>
    </message>
    <message>
        <source>there is no open dispute to decide</source>
        <translation>aucun litige en cours à trancher</translation>
    </message>
    <message>
        <source>there is no decided dispute to appeal</source>
        <translation>aucun litige tranché dont faire appel</translation>
    </message>
    <message>
        <source>can&apos;t record {event} at {time}: the ship-by time had run out ({ship_by}), so the order closes by itself and the money comes back</source>
        <translation>impossible d&apos;enregistrer « {event} » le {time} : le délai d&apos;expédition avait expiré ({ship_by}) ; la commande se ferme donc d&apos;elle-même et l&apos;argent vous est rendu</translation>
    </message>
    <message>
        <source>protection already ended at {time}</source>
        <translation>la protection a déjà pris fin le {time}</translation>
    </message>
    <message>
        <source>tracking already shows the parcel delivered</source>
        <translation>le suivi indique déjà le colis comme livré</translation>
    </message>
    <message>
        <source>can&apos;t record {event}: the new end is not later than the old one</source>
        <translation>impossible d&apos;enregistrer « {event} » : la nouvelle fin n&apos;est pas postérieure à l&apos;ancienne</translation>
    </message>
    <message>
        <source>{event}: the amount must be more than zero</source>
        <translation>« {event} » : le montant doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>{event}: {amount} is more than the order total {total}</source>
        <translation>« {event} » : {amount} dépasse le total de la commande ({total})</translation>
    </message>
    <message>
        <source>{event}: {amount} is more than item {line} cost ({cost})</source>
        <translation>« {event} » : {amount} dépasse le prix de l&apos;article {line} ({cost})</translation>
    </message>
    <message>
        <source>{event}: the outcome must be full, partial or rejected</source>
        <translation>« {event} » : la décision doit être full, partial ou rejected</translation>
    </message>
    <message>
        <source>{event}: a partial refund needs its amount</source>
        <translation>« {event} » : un remboursement partiel nécessite son montant</translation>
    </message>
    <message>
        <source>{event}: only a full refund comes with a return; with a partial one you keep the item</source>
        <translation>« {event} » : seul un remboursement total s&apos;accompagne d&apos;un retour ; avec un remboursement partiel, vous gardez l&apos;article</translation>
    </message>
    <message>
        <source>{event}: {amount} is more than is left to refund of the order ({left} of {total})</source>
        <translation>« {event} » : {amount} dépasse ce qui reste à rembourser sur la commande ({left} sur {total})</translation>
    </message>
    <message>
        <source>{event}: {amount} is more than is left to refund of item {line} ({left} of {cost})</source>
        <translation>« {event} » : {amount} dépasse ce qui reste à rembourser sur l&apos;article {line} ({left} sur {cost})</translation>
    </message>
    <message>
        <source>can&apos;t record {event} at {time}: the later {later} of {later_time} would no longer fit ({reason})</source>
        <translation>impossible d&apos;enregistrer « {event} » le {time} : l&apos;événement ultérieur « {later} » du {later_time} ne serait plus cohérent ({reason})</translation>
    </message>
    <message>
        <source>the store is empty</source>
        <translation>le nom de la boutique est vide</translation>
    </message>
    <message>
        <source>the tracking number is empty</source>
        <translation>le numéro de suivi est vide</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>le titre est vide</translation>
    </message>
    <message>
        <source>the tracking number is too long (at most {limit} characters)</source>
        <translation>le numéro de suivi est trop long ({limit} caractères au maximum)</translation>
    </message>
    <message>
        <source>the store is too long (at most {limit} characters)</source>
        <translation>le nom de la boutique est trop long ({limit} caractères au maximum)</translation>
    </message>
    <message>
        <source>the title is too long (at most {limit} characters)</source>
        <translation>le titre est trop long ({limit} caractères au maximum)</translation>
    </message>
    <message>
        <source>unknown event &quot;{event}&quot; (one of: {choices})</source>
        <translation>événement inconnu « {event} » (valeurs possibles : {choices})</translation>
    </message>
    <message>
        <source>{event} doesn&apos;t take {fields}</source>
        <translation>« {event} » n&apos;accepte pas {fields}</translation>
    </message>
    <message>
        <source>give the end of buyer protection or its countdown, not both</source>
        <translation>indiquez la fin de la protection acheteur ou son compte à rebours, pas les deux</translation>
    </message>
    <message>
        <source>give the processing time or the ship-by time, not both</source>
        <translation>indiquez le délai de traitement ou le délai d&apos;expédition, pas les deux</translation>
    </message>
    <message>
        <source>a note needs its text</source>
        <translation>une note doit avoir un texte</translation>
    </message>
    <message>
        <source>processing days must be between 1 and 365</source>
        <translation>les jours de traitement doivent être compris entre 1 et 365</translation>
    </message>
    <message>
        <source>the protection countdown must be more than zero</source>
        <translation>le compte à rebours de la protection doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>buyer protection must end after the event</source>
        <translation>la protection acheteur doit prendre fin après l&apos;événement</translation>
    </message>
    <message>
        <source>{event} needs the new end of buyer protection, its countdown or the days it was extended by</source>
        <translation>« {event} » nécessite la nouvelle fin de la protection acheteur, son compte à rebours ou le nombre de jours de prolongation</translation>
    </message>
    <message>
        <source>the number of days must be between 1 and 365</source>
        <translation>le nombre de jours doit être compris entre 1 et 365</translation>
    </message>
    <message>
        <source>{event} needs a reason (one of: {choices})</source>
        <translation>« {event} » nécessite un motif (valeurs possibles : {choices})</translation>
    </message>
    <message>
        <source>a &quot;not received&quot; dispute can&apos;t ask for a return: there is nothing to send back</source>
        <translation>un litige « non reçu » ne peut pas demander de retour : il n&apos;y a rien à renvoyer</translation>
    </message>
    <message>
        <source>an item is named by its number: 1, 2, …</source>
        <translation>un article est désigné par son numéro : 1, 2, …</translation>
    </message>
    <message>
        <source>the outcome must be one of {choices}</source>
        <translation>la décision doit être l&apos;une des valeurs suivantes : {choices}</translation>
    </message>
    <message>
        <source>{event} needs an outcome: full, partial or rejected</source>
        <translation>« {event} » nécessite une décision : full, partial ou rejected</translation>
    </message>
    <message>
        <source>payment method must be one of {choices}</source>
        <translation>le moyen de paiement doit être l&apos;une des valeurs suivantes : {choices}</translation>
    </message>
    <message>
        <source>the total must be an amount of zero or more</source>
        <translation>le total doit être un montant supérieur ou égal à zéro</translation>
    </message>
    <message>
        <source>can&apos;t edit {field}</source>
        <translation>impossible de modifier {field}</translation>
    </message>
    <message>
        <source>the order isn&apos;t paid yet: the seller&apos;s time to ship starts with the payment</source>
        <translation>la commande n&apos;est pas encore payée : le délai d&apos;expédition du vendeur commence au paiement</translation>
    </message>
    <message>
        <source>the ship-by time can&apos;t be changed any more: {reason}</source>
        <translation>le délai d&apos;expédition ne peut plus être modifié : {reason}</translation>
    </message>
    <message>
        <source>unknown status &quot;{status}&quot;</source>
        <translation>statut inconnu « {status} »</translation>
    </message>
    <message>
        <source>no order {order}</source>
        <translation>aucune commande {order}</translation>
    </message>
    <message>
        <source>order {order} is in the trash; restore it first</source>
        <translation>la commande {order} est dans la corbeille ; restaurez-la d&apos;abord</translation>
    </message>
    <message>
        <source>the total can&apos;t be negative</source>
        <translation>le total ne peut pas être négatif</translation>
    </message>
    <message>
        <source>unknown currency &quot;{code}&quot; (use an ISO code such as USD or EUR)</source>
        <translation>devise inconnue « {code} » (utilisez un code ISO, comme USD ou EUR)</translation>
    </message>
    <message>
        <source>the order date is in the future</source>
        <translation>la date de commande est dans le futur</translation>
    </message>
    <message>
        <source>the payment time is before the order time</source>
        <translation>l&apos;heure de paiement est antérieure à l&apos;heure de commande</translation>
    </message>
    <message>
        <source>the payment time is in the future</source>
        <translation>l&apos;heure de paiement est dans le futur</translation>
    </message>
    <message>
        <source>give the processing days or the ship-by time, not both</source>
        <translation>indiquez les jours de traitement ou le délai d&apos;expédition, pas les deux</translation>
    </message>
    <message>
        <source>the ship-by time must be after the order time</source>
        <translation>le délai d&apos;expédition doit être postérieur à l&apos;heure de commande</translation>
    </message>
    <message>
        <source>order {order} already exists</source>
        <translation>la commande {order} existe déjà</translation>
    </message>
    <message>
        <source>that time is in the future; record what has happened</source>
        <translation>cette date est dans le futur ; enregistrez ce qui s&apos;est déjà produit</translation>
    </message>
    <message>
        <source>order {order} is already in the trash</source>
        <translation>la commande {order} est déjà dans la corbeille</translation>
    </message>
    <message>
        <source>order {order} is not in the trash</source>
        <translation>la commande {order} n&apos;est pas dans la corbeille</translation>
    </message>
    <message>
        <source>no rule named &quot;{key}&quot;</source>
        <translation>aucune règle nommée « {key} »</translation>
    </message>
</context>
<context>
    <name>reminder</name>
    <message numerus="yes">
        <source>{deadline} in %n day(s)</source>
        <translation>
            <numerusform>{deadline} dans %n jour</numerusform>
            <numerusform>{deadline} dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{deadline} in %n hour(s)</source>
        <translation>
            <numerusform>{deadline} dans %n heure</numerusform>
            <numerusform>{deadline} dans %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>{deadline} in 1 hour</source>
        <translation>{deadline} dans 1 heure</translation>
    </message>
    <message>
        <source>{deadline} in 1 minute</source>
        <translation>{deadline} dans 1 minute</translation>
    </message>
    <message numerus="yes">
        <source>{deadline} in %n minute(s)</source>
        <translation>
            <numerusform>{deadline} dans %n minute</numerusform>
            <numerusform>{deadline} dans %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Order {order} ({store}): {title}</source>
        <translation>Commande {order} ({store}) : {title}</translation>
    </message>
    <message>
        <source>Order {order} ({store})</source>
        <translation>Commande {order} ({store})</translation>
    </message>
    <message>
        <source>Order {order}: {title}</source>
        <translation>Commande {order} : {title}</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Commande {order}</translation>
    </message>
    <message>
        <source>Due {time}. {action}</source>
        <translation>Échéance le {time}. {action}</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Buyer rules of AliExpress as published by the platform, its help centre and buyers&apos; guides. Every value can be changed in Settings.</source>
        <translation>Règles AliExpress pour les acheteurs, telles que publiées par la plateforme, son centre d&apos;aide et les guides d&apos;acheteurs. Chaque valeur peut être modifiée dans les Paramètres.</translation>
    </message>
    <message>
        <source>published by the platform in its rules</source>
        <translation>publiée par la plateforme dans ses règles</translation>
    </message>
    <message>
        <source>copied from the platform&apos;s help centre or its support answers</source>
        <translation>reprise du centre d&apos;aide de la plateforme ou de réponses de son service client</translation>
    </message>
    <message>
        <source>from a buyer&apos;s guide or forum; not confirmed by the platform</source>
        <translation>tirée d&apos;un guide d&apos;acheteur ou d&apos;un forum ; non confirmée par la plateforme</translation>
    </message>
    <message>
        <source>Dispute Desk&apos;s own choice, not a platform rule</source>
        <translation>Choix propre à Dispute Desk, pas une règle de la plateforme</translation>
    </message>
    <message>
        <source>Unpaid order closes after</source>
        <translation>Une commande impayée se ferme après</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: an unpaid order expires by itself, with no penalty</source>
        <translation>Guide d&apos;acheteur : une commande impayée expire d&apos;elle-même, sans pénalité</translation>
    </message>
    <message>
        <source>Payment check lasts</source>
        <translation>La vérification du paiement dure</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: &quot;payment being verified&quot;; Cancel becomes available a day after paying</source>
        <translation>Guide d&apos;acheteur : « paiement en cours de vérification » ; l&apos;option Annuler devient disponible un jour après le paiement</translation>
    </message>
    <message>
        <source>Seller&apos;s processing time when none is entered</source>
        <translation>Délai de traitement du vendeur si aucun n&apos;est saisi</translation>
    </message>
    <message>
        <source>Typical processing time on listings: 3 to 7 days, some sellers up to 15; the order page shows the real one</source>
        <translation>Délai de traitement habituel sur les annonces : 3 à 7 jours, jusqu&apos;à 15 chez certains vendeurs ; la page de la commande indique le délai réel</translation>
    </message>
    <message>
        <source>Typical processing time shown on listings: 3 to 7 days (some sellers up to 15)</source>
        <translation>Délai de traitement habituel affiché sur les annonces : 3 à 7 jours (jusqu&apos;à 15 chez certains vendeurs)</translation>
    </message>
    <message>
        <source>Cancelling is possible during the payment check</source>
        <translation>Annulation possible pendant la vérification du paiement</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide says no; some help-centre answers say yes</source>
        <translation>Le guide d&apos;acheteur dit non ; certaines réponses du centre d&apos;aide disent oui</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: Cancel is not offered while the payment is verified</source>
        <translation>Guide d&apos;acheteur : l&apos;option Annuler n&apos;est pas proposée pendant la vérification du paiement</translation>
    </message>
    <message>
        <source>Some help-centre answers: an order can be cancelled during verification</source>
        <translation>Certaines réponses du centre d&apos;aide : une commande peut être annulée pendant la vérification</translation>
    </message>
    <message>
        <source>Silent seller: cancel request approved after</source>
        <translation>Vendeur silencieux : demande d&apos;annulation acceptée après</translation>
    </message>
    <message>
        <source>AliExpress rule change of March 2020 (some sources say 72 hours)</source>
        <translation>Changement de règle AliExpress de mars 2020 (certaines sources indiquent 72 heures)</translation>
    </message>
    <message>
        <source>AliExpress rule change: a silent seller&apos;s cancellation is approved automatically after 48 hours</source>
        <translation>Changement de règle AliExpress : sans réponse du vendeur, l&apos;annulation est acceptée automatiquement après 48 heures</translation>
    </message>
    <message>
        <source>Some buyers&apos; forums: 72 hours</source>
        <translation>Certains forums d&apos;acheteurs : 72 heures</translation>
    </message>
    <message>
        <source>Buyer protection when none is entered</source>
        <translation>Protection acheteur si aucune n&apos;est saisie</translation>
    </message>
    <message>
        <source>Order page countdown from shipment, typically 60 days (90 for Russia, 120 for Brazil); an entered countdown always wins</source>
        <translation>Compte à rebours de la page de la commande à partir de l&apos;expédition, généralement 60 jours (90 pour la Russie, 120 pour le Brésil) ; un compte à rebours saisi l&apos;emporte toujours</translation>
    </message>
    <message>
        <source>Ask for a protection extension this early</source>
        <translation>Demander une prolongation ce délai avant la fin de la protection</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: sellers answer slowly, ask a week before protection ends</source>
        <translation>Guide d&apos;acheteur : les vendeurs répondent lentement, demandez une semaine avant la fin de la protection</translation>
    </message>
    <message>
        <source>Protection left once tracking says delivered</source>
        <translation>Protection restante une fois le colis indiqué livré par le suivi</translation>
    </message>
    <message>
        <source>Older official rule: remaining protection is cut when tracking shows delivered</source>
        <translation>Ancienne règle officielle : la protection restante est réduite quand le suivi indique la livraison</translation>
    </message>
    <message>
        <source>Older official rule: remaining protection is cut to 5 days when tracking shows delivered</source>
        <translation>Ancienne règle officielle : la protection restante est réduite à 5 jours quand le suivi indique la livraison</translation>
    </message>
    <message>
        <source>Dispute window after confirming receipt</source>
        <translation>Délai d&apos;ouverture de litige après la confirmation de réception</translation>
    </message>
    <message>
        <source>AliExpress buyer protection: 15 days after Confirm receipt or completion</source>
        <translation>Protection acheteur AliExpress : 15 jours après Confirmer la réception ou la clôture de la commande</translation>
    </message>
    <message>
        <source>AliExpress buyer protection: a dispute can be opened until 15 days after Confirm receipt or after the order completed</source>
        <translation>Protection acheteur AliExpress : un litige peut être ouvert jusqu&apos;à 15 jours après Confirmer la réception ou après la clôture de la commande</translation>
    </message>
    <message>
        <source>Earliest &quot;not received&quot; dispute after shipment</source>
        <translation>Premier litige « non reçu » possible après l&apos;expédition</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: while tracking moves normally</source>
        <translation>Guide d&apos;acheteur : tant que le suivi progresse normalement</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide and help-centre copies: from the 11th day after shipment while tracking moves normally</source>
        <translation>Guide d&apos;acheteur et copies du centre d&apos;aide : à partir du 11e jour après l&apos;expédition tant que le suivi progresse normalement</translation>
    </message>
    <message>
        <source>Seller-side rule summary: a refund can be requested 10 days after the seller shipped</source>
        <translation>Résumé des règles côté vendeur : un remboursement peut être demandé 10 jours après l&apos;expédition par le vendeur</translation>
    </message>
    <message>
        <source>Seller must answer a dispute within</source>
        <translation>Le vendeur doit répondre à un litige sous</translation>
    </message>
    <message>
        <source>AliExpress dispute rules: silence means the buyer&apos;s requested refund goes through</source>
        <translation>Règles des litiges AliExpress : sans réponse, le remboursement demandé par l&apos;acheteur est accordé</translation>
    </message>
    <message>
        <source>Unresolved dispute escalates after</source>
        <translation>Un litige non résolu est escaladé après</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: 16 days, then a claim; newer secondary sources say about 7 days</source>
        <translation>Guide d&apos;acheteur : 16 jours, puis une réclamation ; des sources secondaires plus récentes indiquent environ 7 jours</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide and help-centre copies: unresolved on the 16th day, the dispute goes to the platform automatically</source>
        <translation>Guide d&apos;acheteur et copies du centre d&apos;aide : non résolu au 16e jour, le litige est transmis automatiquement à la plateforme</translation>
    </message>
    <message>
        <source>Newer secondary sources: the platform&apos;s dispute officer steps in within 7 days</source>
        <translation>Sources secondaires plus récentes : le médiateur des litiges de la plateforme intervient sous 7 jours</translation>
    </message>
    <message>
        <source>The platform decides an escalated dispute within</source>
        <translation>La plateforme tranche un litige escaladé sous</translation>
    </message>
    <message>
        <source>Help-centre copies: a case-management specialist reviews the escalated dispute; an appeal is usually handled within 10 days</source>
        <translation>Copies du centre d&apos;aide : un spécialiste de la gestion des litiges examine le litige escaladé ; un appel est généralement traité sous 10 jours</translation>
    </message>
    <message>
        <source>Help-centre copy: the platform usually answers within 10 days</source>
        <translation>Copie du centre d&apos;aide : la plateforme répond généralement sous 10 jours</translation>
    </message>
    <message>
        <source>Ship an agreed return within</source>
        <translation>Expédier un retour convenu sous</translation>
    </message>
    <message>
        <source>AliExpress dispute rules</source>
        <translation>Règles des litiges AliExpress</translation>
    </message>
    <message>
        <source>AliExpress dispute rules: after an agreed return the buyer ships within 10 days, or the money goes to the seller</source>
        <translation>Règles des litiges AliExpress : après un retour convenu, l&apos;acheteur expédie sous 10 jours, sinon l&apos;argent revient au vendeur</translation>
    </message>
    <message>
        <source>Appeal the platform&apos;s decision within</source>
        <translation>Faire appel de la décision de la plateforme sous</translation>
    </message>
    <message>
        <source>Help-centre copy: one appeal per dispute, within 7 days after the decision</source>
        <translation>Copie du centre d&apos;aide : un appel par litige, dans les 7 jours suivant la décision</translation>
    </message>
    <message>
        <source>Help-centre copy: one appeal per dispute, within 7 days after the dispute ends</source>
        <translation>Copie du centre d&apos;aide : un appel par litige, dans les 7 jours suivant la fin du litige</translation>
    </message>
    <message>
        <source>Refund arrives, by payment method</source>
        <translation>Arrivée du remboursement, selon le moyen de paiement</translation>
    </message>
    <message>
        <source>AliExpress help centre; banks may add 7-15 business days after &quot;refund completed&quot;</source>
        <translation>Centre d&apos;aide AliExpress ; les banques peuvent ajouter 7 à 15 jours ouvrés après « remboursement effectué »</translation>
    </message>
    <message>
        <source>PayPal dispute window from payment</source>
        <translation>Délai de litige PayPal à compter du paiement</translation>
    </message>
    <message>
        <source>PayPal Buyer Protection: 180 days from payment; escalate to a claim within 20 days</source>
        <translation>Protection des achats PayPal : 180 jours à compter du paiement ; transformez le litige en réclamation dans les 20 jours</translation>
    </message>
    <message>
        <source>Card chargeback window from expected delivery</source>
        <translation>Délai de rétrofacturation par carte à compter de la livraison prévue</translation>
    </message>
    <message>
        <source>Card network rules (Visa/Mastercard): typically 120 days; ask your bank</source>
        <translation>Règles des réseaux de cartes (Visa/Mastercard) : généralement 120 jours ; renseignez-vous auprès de votre banque</translation>
    </message>
    <message>
        <source>Times copied from the order page are in</source>
        <translation>Fuseau horaire des heures copiées depuis la page de la commande</translation>
    </message>
    <message>
        <source>Older order pages and guides show US Pacific time; newer pages may show the buyer&apos;s local time. Countdowns are exact in any zone</source>
        <translation>Les anciennes pages de commande et les guides affichent l&apos;heure du Pacifique (États-Unis) ; les pages récentes peuvent afficher l&apos;heure locale de l&apos;acheteur. Les comptes à rebours sont exacts quel que soit le fuseau</translation>
    </message>
    <message>
        <source>Older order pages and buyers&apos; guides: times in US Pacific time</source>
        <translation>Anciennes pages de commande et guides d&apos;acheteurs : heures du Pacifique (États-Unis)</translation>
    </message>
    <message>
        <source>Newer order pages: the buyer&apos;s local time</source>
        <translation>Pages de commande récentes : heure locale de l&apos;acheteur</translation>
    </message>
    <message>
        <source>Remind me of a deadline</source>
        <translation>Me rappeler une échéance</translation>
    </message>
    <message>
        <source>Dispute Desk&apos;s choice: a week ahead to plan, two days ahead (sellers answer slowly), a day ahead, and two hours for the last moment; when several are crossed at once, only the shortest is sent</source>
        <translation>Choix de Dispute Desk : une semaine avant pour s&apos;organiser, deux jours avant (les vendeurs répondent lentement), un jour avant, et deux heures pour le dernier moment ; si plusieurs sont franchis en même temps, seul le plus court est envoyé</translation>
    </message>
    <message>
        <source>Dispute Desk&apos;s choice: a week, two days, a day and two hours before a deadline</source>
        <translation>Choix de Dispute Desk : une semaine, deux jours, un jour et deux heures avant une échéance</translation>
    </message>
    <message>
        <source>before a deadline</source>
        <translation>avant une échéance</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>jours ouvrés</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>oui/non</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>fuseau</translation>
    </message>
    <message>
        <source>an official rule of the platform</source>
        <translation>une règle officielle de la plateforme</translation>
    </message>
    <message>
        <source>from the platform&apos;s help centre, not its published rules</source>
        <translation>tirée du centre d&apos;aide de la plateforme, pas de ses règles publiées</translation>
    </message>
    <message>
        <source>from buyers&apos; guides, not confirmed by the platform</source>
        <translation>tirée de guides d&apos;acheteurs, non confirmée par la plateforme</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>can&apos;t use the data dir {path}: {reason}</source>
        <translation>impossible d&apos;utiliser le dossier des données {path} : {reason}</translation>
    </message>
    <message>
        <source>using the data</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>utilisation des données</translation>
    </message>
    <message>
        <source>upgrading the data</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>mise à niveau des données</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>restauration d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>saving a large import</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>enregistrement d&apos;un import volumineux</translation>
    </message>
    <message>
        <source>making a backup</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>création d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>storing photos</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>stockage de photos</translation>
    </message>
    <message>
        <source>saving changes</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>enregistrement de modifications</translation>
    </message>
    <message>
        <source>Another Dispute Desk window or command is {doing}; nothing was saved yet. Try again when it has finished</source>
        <translation>Une autre fenêtre ou commande Dispute Desk est occupée ({doing}) ; rien n&apos;a encore été enregistré. Réessayez quand elle aura terminé</translation>
    </message>
    <message>
        <source>Another Dispute Desk window or command is {doing}; waiting for it…</source>
        <translation>Une autre fenêtre ou commande Dispute Desk est occupée ({doing}) ; en attente…</translation>
    </message>
    <message>
        <source>Another Dispute Desk window or command is {doing}; trying again…</source>
        <translation>Une autre fenêtre ou commande Dispute Desk est occupée ({doing}) ; nouvel essai…</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} Go</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>the disk holding {path} is full ({free} free); free about {needed} and try again. Nothing was changed</source>
        <translation>le disque contenant {path} est plein ({free} de libre) ; libérez environ {needed} et réessayez. Rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the disk holding {path} is full; free about {needed} and try again. Nothing was changed</source>
        <translation>le disque contenant {path} est plein ; libérez environ {needed} et réessayez. Rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the disk holding {path} is full ({free} free); free some space and try again. Nothing was changed</source>
        <translation>le disque contenant {path} est plein ({free} de libre) ; libérez de l&apos;espace et réessayez. Rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the disk holding {path} is full; free some space and try again. Nothing was changed</source>
        <translation>le disque contenant {path} est plein ; libérez de l&apos;espace et réessayez. Rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{path} is damaged or not a Dispute Desk data file ({reason})</source>
        <translation>{path} est endommagé ou n&apos;est pas un fichier de données Dispute Desk ({reason})</translation>
    </message>
    <message>
        <source>the data in {path} can&apos;t be written (the folder or disk is read-only); nothing was changed</source>
        <translation>impossible d&apos;écrire les données dans {path} (le dossier ou le disque est en lecture seule) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the folder {path} can&apos;t be written to (no permission); nothing was changed</source>
        <translation>impossible d&apos;écrire dans le dossier {path} (pas d&apos;autorisation) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the data file {path} can&apos;t be read or written ({reason}); the disk may be failing or was removed. The file was not changed by this</source>
        <translation>le fichier de données {path} ne peut être ni lu ni écrit ({reason}) ; le disque est peut-être défaillant ou a été retiré. Le fichier n&apos;a pas été modifié par cette opération</translation>
    </message>
    <message>
        <source>no migrations are shipped with this build</source>
        <translation>aucune migration n&apos;est fournie avec cette version</translation>
    </message>
    <message>
        <source>could not turn foreign keys off for the migration; nothing was changed</source>
        <translation>impossible de désactiver les clés étrangères pour la migration ; rien n&apos;a été modifié</translation>
    </message>
    <message numerus="yes">
        <source>the schema upgrade was rolled back: it left rows pointing at missing records in {names} (%n row(s))</source>
        <translation>
            <numerusform>la mise à niveau du schéma a été annulée : elle laissait des lignes pointant vers des enregistrements absents dans {names} (%n ligne)</numerusform>
            <numerusform>la mise à niveau du schéma a été annulée : elle laissait des lignes pointant vers des enregistrements absents dans {names} (%n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder {path} can be changed by every user of this computer, so it can&apos;t hold your orders; choose a folder of your own (for example {example})</source>
        <translation>le dossier {path} peut être modifié par tous les utilisateurs de cet ordinateur, il ne peut donc pas contenir vos commandes ; choisissez un dossier personnel (par exemple {example})</translation>
    </message>
    <message>
        <source>an evidence item names its file {sha256}, which is not a SHA-256</source>
        <translation>une preuve désigne son fichier par {sha256}, qui n&apos;est pas un SHA-256</translation>
    </message>
    <message>
        <source>an evidence item has the file extension {ext}, which the app never stores</source>
        <translation>une preuve a l&apos;extension de fichier {ext}, que l&apos;application ne stocke jamais</translation>
    </message>
    <message>
        <source>the path {text} holds a NUL character</source>
        <translation>le chemin {text} contient un caractère NUL</translation>
    </message>
    <message>
        <source>the path {text} leads outside the data folder {root}; not touching it</source>
        <translation>le chemin {text} sort du dossier des données {root} ; il n&apos;est pas modifié</translation>
    </message>
    <message>
        <source>{file} is not a Dispute Desk data file (it has tables but no schema version)</source>
        <translation>{file} n&apos;est pas un fichier de données Dispute Desk (il contient des tables mais pas de version de schéma)</translation>
    </message>
    <message>
        <source>{file} is not a Dispute Desk data file ({reason})</source>
        <translation>{file} n&apos;est pas un fichier de données Dispute Desk ({reason})</translation>
    </message>
    <message>
        <source>{file} records several schema versions at once ({names})</source>
        <translation>{file} enregistre plusieurs versions de schéma à la fois ({names})</translation>
    </message>
    <message>
        <source>{file} has tables but no schema version; not touching it</source>
        <translation>{file} contient des tables mais pas de version de schéma ; il n&apos;est pas modifié</translation>
    </message>
    <message>
        <source>{target} already exists; not overwriting it</source>
        <translation>{target} existe déjà ; il n&apos;est pas écrasé</translation>
    </message>
    <message>
        <source>this data was written by a newer Dispute Desk (schema {revision}); update the app</source>
        <translation>ces données ont été écrites par une version plus récente de Dispute Desk (schéma {revision}) ; mettez l&apos;application à jour</translation>
    </message>
    <message>
        <source>the schema upgrade ended at {revision}, not at {head}; this build is inconsistent</source>
        <translation>la mise à niveau du schéma s&apos;est arrêtée à {revision} et non à {head} ; cette version est incohérente</translation>
    </message>
    <message>
        <source>the data file {path} was removed while the app was using it</source>
        <translation>le fichier de données {path} a été supprimé pendant que l&apos;application l&apos;utilisait</translation>
    </message>
    <message>
        <source>the data file {path} was closed; open it again to use it</source>
        <translation>le fichier de données {path} a été fermé ; rouvrez-le pour l&apos;utiliser</translation>
    </message>
    <message>
        <source>the data file {path} is missing</source>
        <translation>le fichier de données {path} est manquant</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation>En attente d&apos;expédition</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrées</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Litiges</translation>
    </message>
    <message>
        <source>Refunds pending</source>
        <translation>Remboursements en attente</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Toutes les commandes</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
</context>
<context>
    <name>warning</name>
    <message>
        <source>Confirming receipt ends buyer protection: after that, only 1 day remains to open a dispute. Confirm only when everything is right.</source>
        <translation>Confirmer la réception met fin à la protection acheteur : il ne reste ensuite qu&apos;un jour pour ouvrir un litige. Ne confirmez que si tout est en ordre.</translation>
    </message>
    <message>
        <source>Confirming receipt ends buyer protection, and no dispute can be opened after that. Confirm only when everything is right.</source>
        <translation>Confirmer la réception met fin à la protection acheteur, et aucun litige ne peut être ouvert ensuite. Ne confirmez que si tout est en ordre.</translation>
    </message>
    <message numerus="yes">
        <source>Confirming receipt ends buyer protection: after that, only %n day(s) remain to open a dispute. Confirm only when everything is right.</source>
        <translation>
            <numerusform>Confirmer la réception met fin à la protection acheteur : il ne reste ensuite que %n jour pour ouvrir un litige. Ne confirmez que si tout est en ordre.</numerusform>
            <numerusform>Confirmer la réception met fin à la protection acheteur : il ne reste ensuite que %n jours pour ouvrir un litige. Ne confirmez que si tout est en ordre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepting a partial refund settles the dispute: you get only this amount, the seller gets the rest, and no new dispute can be opened for this order.</source>
        <translation>Accepter un remboursement partiel règle le litige : vous ne recevez que ce montant, le vendeur garde le reste, et aucun nouveau litige ne peut être ouvert pour cette commande.</translation>
    </message>
    <message>
        <source>Ask early: sellers answer slowly and protection keeps running meanwhile. If it isn&apos;t extended in time, open a dispute before protection ends.</source>
        <translation>Demandez tôt : les vendeurs répondent lentement et la protection continue de s&apos;écouler entre-temps. Si elle n&apos;est pas prolongée à temps, ouvrez un litige avant la fin de la protection.</translation>
    </message>
    <message>
        <source>While the dispute is open: don&apos;t confirm receipt, don&apos;t cancel the dispute or accept an offer on the seller&apos;s promise alone, and don&apos;t file a chargeback with your bank beside the open case.</source>
        <translation>Tant que le litige est en cours : ne confirmez pas la réception, n&apos;annulez pas le litige et n&apos;acceptez pas d&apos;offre sur la seule promesse du vendeur, et ne demandez pas de rétrofacturation à votre banque en parallèle du litige.</translation>
    </message>
    <message>
        <source>Cancel only when the problem is solved: after a cancelled dispute, a new one can be opened only while buyer protection still runs, and not at all once the parcel is received or protection has ended. A seller&apos;s promise alone is no reason to cancel.</source>
        <translation>N&apos;annulez que si le problème est résolu : après un litige annulé, un nouveau litige ne peut être ouvert que tant que la protection acheteur court encore, et plus du tout une fois le colis reçu ou la protection terminée. Une simple promesse du vendeur n&apos;est pas une raison d&apos;annuler.</translation>
    </message>
</context>
</TS>
