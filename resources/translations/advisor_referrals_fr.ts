<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
  <context>
    <name>About</name>
    <message>
      <source>{0} is built with these libraries:</source>
      <translation>{0} est construit avec ces bibliothèques :</translation>
    </message>
    <message>
      <source>Some of them carry libraries of other projects inside them:</source>
      <translation>Certaines contiennent des bibliothèques d’autres projets :</translation>
    </message>
    <message>
      <source>Qt, PySide6, psycopg and python-bidi are used under the GNU Lesser General Public License version 3 (below). They are separate shared libraries in the installation folder, and you may replace them with compatible versions of your own. Each library's licence text follows, as its package carries it (also in its *.dist-info folder in the installation folder).</source>
      <translation>Qt, PySide6, psycopg et python-bidi sont utilisés sous la licence publique générale limitée GNU, version 3 (ci-dessous). Ce sont des bibliothèques partagées distinctes, dans le dossier d’installation, et vous pouvez les remplacer par vos propres versions compatibles. Le texte de licence de chaque bibliothèque suit, tel que son paquet le fournit (également dans son dossier *.dist-info du dossier d’installation).</translation>
    </message>
    <message>
      <source>Referral kits and reports embed these fonts:</source>
      <translation>Les carnets de recommandation et les rapports intègrent ces polices :</translation>
    </message>
    <message>
      <source>About {0}</source>
      <translation>À propos de {0}</translation>
    </message>
    <message>
      <source>Libraries</source>
      <translation>Bibliothèques</translation>
    </message>
    <message>
      <source>Fonts</source>
      <translation>Polices</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>À propos de Qt</translation>
    </message>
    <message>
      <source>Inside</source>
      <translation>Contenue dans</translation>
    </message>
    <message>
      <source>Keeps your client book and helps you earn referrals.</source>
      <translation>Tient votre carnet de clients et vous aide à obtenir des recommandations.</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>Bibliothèque</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>Licence</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>Version {0}</source>
      <translation>Version {0}</translation>
    </message>
  </context>
  <context>
    <name>Audit</name>
    <message>
      <source>When</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>User</source>
      <translation>Utilisateur</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Fiche</translation>
    </message>
    <message>
      <source>What changed</source>
      <translation>Modifications</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Journal d’audit</translation>
    </message>
    <message>
      <source>&amp;From</source>
      <translation>&amp;Du</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Tout le monde</translation>
    </message>
    <message>
      <source>All records</source>
      <translation>Toutes les fiches</translation>
    </message>
    <message>
      <source>any id</source>
      <translation>tout identifiant</translation>
    </message>
    <message>
      <source>Words in the summary</source>
      <translation>Mots du résumé</translation>
    </message>
    <message>
      <source>&amp;Export to CSV…</source>
      <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Actualiser</translation>
    </message>
    <message>
      <source>&amp;Undo this import…</source>
      <translation>&amp;Annuler cette importation…</translation>
    </message>
    <message>
      <source>Remove the contacts this import added and restore those it updated (contacts changed since are named first)</source>
      <translation>Retirer les contacts ajoutés par cette importation et rétablir ceux qu’elle a mis à jour (les contacts modifiés depuis sont d’abord nommés)</translation>
    </message>
    <message>
      <source>to</source>
      <translation>au</translation>
    </message>
    <message>
      <source>{0} entries</source>
      <translation>{0} entrées</translation>
    </message>
    <message>
      <source>Export the audit log</source>
      <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
      <source>Exported {0} entries to {1}. The export is recorded in the audit log.</source>
      <translation>{0} entrées exportées vers {1}. L’exportation est consignée dans le journal d’audit.</translation>
    </message>
    <message>
      <source>Checking every audit entry against its hash…</source>
      <translation>Vérification de chaque entrée d’audit par rapport à son empreinte…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Verify audit trail</source>
      <translation>Vérifier la piste d’audit</translation>
    </message>
    <message>
      <source>{0}.

Keep this book as it is and tell your compliance officer; the entries before this one match their hashes.</source>
      <translation>{0}.

Gardez ce carnet tel quel et prévenez votre responsable de la conformité ; les entrées précédentes correspondent à leurs empreintes.</translation>
    </message>
  </context>
  <context>
    <name>Clients</name>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Preferred name</source>
      <translation>Nom d’usage</translation>
    </message>
    <message>
      <source>Relationship</source>
      <translation>Relation</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>Segment</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>Foyer</translation>
    </message>
    <message>
      <source>Client since</source>
      <translation>Client depuis</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <source>(removed)</source>
      <translation>(supprimé)</translation>
    </message>
    <message>
      <source>Search names, emails, phones, places, tags…</source>
      <translation>Rechercher des noms, courriels, téléphones, lieux, étiquettes…</translation>
    </message>
    <message>
      <source>All relationships</source>
      <translation>Relations : toutes</translation>
    </message>
    <message>
      <source>All segments</source>
      <translation>Segments : tous</translation>
    </message>
    <message>
      <source>All tiers</source>
      <translation>Niveaux : tous</translation>
    </message>
    <message>
      <source>All tags</source>
      <translation>Étiquettes : toutes</translation>
    </message>
    <message>
      <source>Review overdue</source>
      <translation>Bilan en retard</translation>
    </message>
    <message>
      <source>Clients whose last portfolio review is older than their cadence allows</source>
      <translation>Clients dont le dernier bilan de portefeuille est plus ancien que ne le permet leur fréquence</translation>
    </message>
    <message>
      <source>Show archived</source>
      <translation>Afficher les archivés</translation>
    </message>
    <message>
      <source>Clients</source>
      <translation>Clients</translation>
    </message>
    <message>
      <source>New Contact…</source>
      <translation>Nouveau contact…</translation>
    </message>
    <message>
      <source>Export View…</source>
      <translation>Exporter la vue…</translation>
    </message>
    <message>
      <source>Save the contacts listed here, in this order, as a CSV file</source>
      <translation>Enregistrer les contacts affichés ici, dans cet ordre, dans un fichier CSV</translation>
    </message>
    <message>
      <source>Columns</source>
      <translation>Colonnes</translation>
    </message>
    <message numerus="yes">
      <source>%Ln contact</source>
      <comment>%Ln contacts</comment>
      <translation>
        <numerusform>%Ln contact</numerusform>
        <numerusform>%Ln contacts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln match so far…</source>
      <comment>%Ln matches so far…</comment>
      <translation>
        <numerusform>%Ln résultat pour l’instant…</numerusform>
        <numerusform>%Ln résultats pour l’instant…</numerusform>
      </translation>
    </message>
    <message>
      <source>Searching…</source>
      <translation>Recherche…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <source>Merge 2 Contacts…</source>
      <translation>Fusionner 2 contacts…</translation>
    </message>
    <message>
      <source>Select the two records of one person to merge them</source>
      <translation>Sélectionnez les deux fiches d’une même personne pour les fusionner</translation>
    </message>
    <message>
      <source>Log Trigger…</source>
      <translation>Noter un déclencheur…</translation>
    </message>
    <message>
      <source>Record Referral…</source>
      <translation>Enregistrer une recommandation…</translation>
    </message>
    <message>
      <source>Schedule Review…</source>
      <translation>Planifier un bilan…</translation>
    </message>
    <message>
      <source>Generate Kits In</source>
      <translation>Préparer les carnets en</translation>
    </message>
    <message>
      <source>Export Contacts</source>
      <translation>Exporter les contacts</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
      <source>Exported %Ln contact to {0}</source>
      <comment>Exported %Ln contacts to {0}</comment>
      <translation>
        <numerusform>%Ln contact exporté vers {0}</numerusform>
        <numerusform>%Ln contacts exportés vers {0}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Archive</source>
      <comment>Archive %Ln Contacts</comment>
      <translation>
        <numerusform>Archiver</numerusform>
        <numerusform>Archiver %Ln contacts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Generate Kit…</source>
      <comment>Generate %Ln Kits…</comment>
      <translation>
        <numerusform>Préparer le carnet…</numerusform>
        <numerusform>Préparer %Ln carnets…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Restore</source>
      <comment>Restore %Ln Contacts</comment>
      <translation>
        <numerusform>Restaurer</numerusform>
        <numerusform>Restaurer %Ln contacts</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Conflicts</name>
    <message>
      <source>Changed by someone else</source>
      <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
      <source>Reload</source>
      <translation>Recharger</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <source>Has a written plan, meets you several times a year and is asked for their opinion: nearly all referrals come from these clients.</source>
      <translation>A un plan écrit, vous rencontre plusieurs fois par an et on lui demande son avis : presque toutes les recommandations viennent de ces clients.</translation>
    </message>
    <message>
      <source>Satisfied, but not involved enough to refer.</source>
      <translation>Satisfait, mais pas assez impliqué pour recommander.</translation>
    </message>
    <message>
      <source>Rarely in touch; stays out of habit more than conviction.</source>
      <translation>Rarement en contact ; reste par habitude plus que par conviction.</translation>
    </message>
    <message>
      <source>Unhappy with the service; at risk of leaving.</source>
      <translation>Mécontent du service ; risque de partir.</translation>
    </message>
    <message>
      <source>Not decided yet: left out of the ask list and the engaged figures.</source>
      <translation>Pas encore décidé : exclu de la liste des sollicitations et des chiffres des clients engagés.</translation>
    </message>
    <message>
      <source>Engaged: written plan, regular reviews, asked for their view (they refer). Content: satisfied but passive. Complacent: rarely in touch. Disgruntled: unhappy. Unknown until you decide.</source>
      <translation>Engagé : plan écrit, bilans réguliers, avis sollicité (il recommande). Satisfait : content mais passif. Passif : rarement en contact. Mécontent : insatisfait. Inconnu tant que vous n’avez pas décidé.</translation>
    </message>
    <message>
      <source>Edit Contact</source>
      <translation>Modifier le contact</translation>
    </message>
    <message>
      <source>New Contact</source>
      <translation>Nouveau contact</translation>
    </message>
    <message>
      <source>e.g. CPA, attorney</source>
      <translation>p. ex. CPA, avocat</translation>
    </message>
    <message>
      <source>Not set (kits in English)</source>
      <translation>Non précisée (carnets en anglais)</translation>
    </message>
    <message>
      <source>The language this contact's referral kit is written in</source>
      <translation>La langue dans laquelle le carnet de recommandation de ce contact est rédigé</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Aucun</translation>
    </message>
    <message>
      <source>As the tier sets</source>
      <translation>Selon le niveau</translation>
    </message>
    <message>
      <source>e.g. retiree, golf</source>
      <translation>p. ex. retraité, golf</translation>
    </message>
  </context>
  <context>
    <name>Damaged</name>
    <message>
      <source>The book cannot be used</source>
      <translation>Le carnet de clients est inutilisable</translation>
    </message>
    <message>
      <source>This book cannot be used as it is.</source>
      <translation>Ce carnet de clients ne peut pas être utilisé tel quel.</translation>
    </message>
    <message>
      <source>The latest backup is from {0}. Restoring it puts it in place of the damaged book, which is kept beside it under a new name. Changes made since the backup are not in it.</source>
      <translation>La dernière sauvegarde date du {0}. La restaurer la met à la place du carnet endommagé, qui est conservé à côté sous un nouveau nom. Les modifications faites depuis la sauvegarde n’y figurent pas.</translation>
    </message>
    <message>
      <source>No automatic backup of this book was found. If you have a backup file, choose it to restore it; the damaged book is kept beside it under a new name.</source>
      <translation>Aucune sauvegarde automatique de ce carnet n’a été trouvée. Si vous avez un fichier de sauvegarde, choisissez-le pour le restaurer ; le carnet endommagé est conservé à côté sous un nouveau nom.</translation>
    </message>
    <message>
      <source>&amp;Restore latest backup</source>
      <translation>&amp;Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
      <source>&amp;Choose a backup…</source>
      <translation>&amp;Choisir une sauvegarde…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Choose a backup</source>
      <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
      <source>Books (*.sqlite3 *.db);;All files (*)</source>
      <translation>Carnets (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
  </context>
  <context>
    <name>Detail</name>
    <message>
      <source>Select a contact to see their profile and history.</source>
      <translation>Sélectionnez un contact pour voir son profil et son historique.</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <source>Archive</source>
      <translation>Archiver</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>Historique…</translation>
    </message>
    <message>
      <source>Log Trigger…</source>
      <translation>Noter un déclencheur…</translation>
    </message>
    <message>
      <source>Record Referral…</source>
      <translation>Enregistrer une recommandation…</translation>
    </message>
    <message>
      <source>Schedule Review…</source>
      <translation>Planifier un bilan…</translation>
    </message>
    <message>
      <source>Generate Kit…</source>
      <translation>Préparer le carnet…</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>Foyer</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Renommer…</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>Profil</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Chronologie</translation>
    </message>
    <message numerus="yes">
      <source>Timeline · %Ln event</source>
      <comment>Timeline · %Ln events</comment>
      <translation>
        <numerusform>Chronologie · %Ln événement</numerusform>
        <numerusform>Chronologie · %Ln événements</numerusform>
      </translation>
    </message>
    <message>
      <source>Archived on {0}</source>
      <translation>Archivé le {0}</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Restaurer</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <source>As the tier sets</source>
      <translation>Selon le niveau</translation>
    </message>
    <message>
      <source>Not in a household</source>
      <translation>Ne fait pas partie d’un foyer</translation>
    </message>
    <message>
      <source>No other members</source>
      <translation>Aucun autre membre</translation>
    </message>
  </context>
  <context>
    <name>Editing</name>
    <message>
      <source>Changed Elsewhere</source>
      <translation>Modifié ailleurs</translation>
    </message>
    <message>
      <source>Someone else saved this contact while you were editing it.</source>
      <translation>Quelqu’un d’autre a enregistré ce contact pendant que vous le modifiiez.</translation>
    </message>
    <message>
      <source>Your changes were not saved. Reload to see the latest version, then make your changes again.</source>
      <translation>Vos modifications n’ont pas été enregistrées. Rechargez pour voir la dernière version, puis refaites vos modifications.</translation>
    </message>
    <message>
      <source>Reload</source>
      <translation>Recharger</translation>
    </message>
    <message>
      <source>Added {0}</source>
      <translation>{0} ajouté</translation>
    </message>
    <message>
      <source>This is the latest version; make your changes again.</source>
      <translation>Voici la dernière version ; refaites vos modifications.</translation>
    </message>
    <message>
      <source>Saved {0}</source>
      <translation>{0} enregistré</translation>
    </message>
    <message>
      <source>Merge Contacts</source>
      <translation>Fusionner des contacts</translation>
    </message>
    <message>
      <source>Merge these two contacts into one? The one you keep receives the other's triggers, referrals, reviews and kits, fills its empty fields from it and keeps both sets of tags; the other is archived. Edit &gt; Undo takes it back.</source>
      <translation>Fusionner ces deux contacts en un seul ? Celui que vous gardez reçoit les déclencheurs, recommandations, bilans et carnets de l’autre, complète ses champs vides à partir de lui et garde les étiquettes des deux ; l’autre est archivé. Édition &gt; Annuler revient en arrière.</translation>
    </message>
    <message>
      <source>contact {0}</source>
      <translation>contact {0}</translation>
    </message>
    <message>
      <source>Keep {0} ({1})</source>
      <translation>Garder {0} ({1})</translation>
    </message>
    <message>
      <source>Merged {0} into {1}</source>
      <translation>{0} fusionné dans {1}</translation>
    </message>
    <message>
      <source>Rename Household</source>
      <translation>Renommer le foyer</translation>
    </message>
    <message>
      <source>New name for the {0} household:</source>
      <translation>Nouveau nom pour le foyer {0} :</translation>
    </message>
  </context>
  <context>
    <name>Engagement</name>
    <message>
      <source>latest NPS {0} (a detractor)</source>
      <translation>dernier NPS {0} (un détracteur)</translation>
    </message>
    <message>
      <source>latest NPS {0} (passive)</source>
      <translation>dernier NPS {0} (passif)</translation>
    </message>
    <message>
      <source>latest NPS {0} (a promoter)</source>
      <translation>dernier NPS {0} (un promoteur)</translation>
    </message>
    <message>
      <source>no NPS answer in the last 12 months</source>
      <translation>aucune réponse NPS depuis 12 mois</translation>
    </message>
    <message>
      <source>has a written plan</source>
      <translation>a un plan écrit</translation>
    </message>
    <message>
      <source>no written plan</source>
      <translation>pas de plan écrit</translation>
    </message>
    <message>
      <source>asked for feedback</source>
      <translation>a été sollicité pour son avis</translation>
    </message>
    <message>
      <source>no reviews, NPS answers or referrals on record</source>
      <translation>aucun bilan, aucune réponse NPS ni recommandation au dossier</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>Advisor Referrals</source>
      <translation>Advisor Referrals</translation>
    </message>
    <message>
      <source>An unexpected fault stopped this action ({0}). Nothing more was changed; details are in the support log.</source>
      <translation>Une erreur inattendue a interrompu cette action ({0}). Rien d’autre n’a été modifié ; les détails figurent dans le journal d’assistance.</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <source>Pick a date</source>
      <translation>Choisir une date</translation>
    </message>
    <message>
      <source>not a date; write it like {0}</source>
      <translation>ce n’est pas une date ; écrivez-la comme {0}</translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <source>Import Contacts</source>
      <translation>Importer des contacts</translation>
    </message>
    <message>
      <source>No file chosen</source>
      <translation>Aucun fichier choisi</translation>
    </message>
    <message>
      <source>Choose File…</source>
      <translation>Choisir un fichier…</translation>
    </message>
    <message>
      <source>Custom (map the columns yourself)</source>
      <translation>Personnalisé (faites correspondre les colonnes vous-même)</translation>
    </message>
    <message>
      <source>Update contacts with the same email</source>
      <translation>Mettre à jour les contacts ayant le même courriel</translation>
    </message>
    <message>
      <source>Rows whose email is already in the book update that contact (only the columns the file has). Otherwise those rows are skipped.</source>
      <translation>Les lignes dont le courriel figure déjà dans le carnet mettent ce contact à jour (seulement les colonnes présentes dans le fichier). Sinon, ces lignes sont ignorées.</translation>
    </message>
    <message>
      <source>Refuse values with no exact place here</source>
      <translation>Refuser les valeurs sans équivalent exact ici</translation>
    </message>
    <message>
      <source>Another tool's contact type, status or category that the book has no exact place for is normally imported with its nearest meaning and listed in the summary. With this, such rows are shown as problems instead.</source>
      <translation>Un type de contact, un état ou une catégorie d’un autre outil sans équivalent exact dans le carnet est normalement importé avec le sens le plus proche et signalé dans le résumé. Avec cette option, ces lignes sont plutôt affichées comme des problèmes.</translation>
    </message>
    <message>
      <source>Skip the rows with problems</source>
      <translation>Ignorer les lignes à problème</translation>
    </message>
    <message>
      <source>Import the good rows; the rows with problems are written, with the reasons, to a rejects file beside the original, which imports again once corrected.</source>
      <translation>Importer les bonnes lignes ; les lignes à problème sont écrites, avec leurs raisons, dans un fichier de rejets à côté de l’original, qui s’importe à nouveau une fois corrigé.</translation>
    </message>
    <message>
      <source>Show only rows with problems</source>
      <translation>Afficher seulement les lignes à problème</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <source>Text encoding:</source>
      <translation>Encodage du texte :</translation>
    </message>
    <message>
      <source>Columns as exported by:</source>
      <translation>Colonnes exportées par :</translation>
    </message>
    <message>
      <source>Dates written like:</source>
      <translation>Dates écrites comme :</translation>
    </message>
    <message>
      <source>Choose Custom to change where a column goes; columns marked “(not imported)” are left out. Double-click a cell in the rows below to correct it.</source>
      <translation>Choisissez Personnalisé pour changer la destination d’une colonne ; les colonnes marquées « (non importée) » sont laissées de côté. Double-cliquez sur une cellule des lignes ci-dessous pour la corriger.</translation>
    </message>
    <message>
      <source>Contacts files (*.csv *.vcf);;All files (*)</source>
      <translation>Fichiers de contacts (*.csv *.vcf);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Text read as {0}.</source>
      <translation>Texte lu comme {0}.</translation>
    </message>
    <message>
      <source>Rows with problems are shown in red with the reason. Double-click a cell to correct it, change how the columns map to fields, or skip those rows; otherwise nothing is imported until every row is good.</source>
      <translation>Les lignes à problème sont affichées en rouge avec la raison. Double-cliquez sur une cellule pour la corriger, changez la correspondance des colonnes ou ignorez ces lignes ; sinon rien n’est importé tant que chaque ligne n’est pas correcte.</translation>
    </message>
    <message>
      <source>Choose a Contacts File</source>
      <translation>Choisir un fichier de contacts</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>Lecture du fichier…</translation>
    </message>
    <message>
      <source>Checking the rows…</source>
      <translation>Vérification des lignes…</translation>
    </message>
    <message numerus="yes">
      <source>%n row: </source>
      <translation>
        <numerusform>%n ligne : </numerusform>
        <numerusform>%n ligne : </numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n rows: </source>
      <translation>
        <numerusform>%n lignes : </numerusform>
        <numerusform>%n lignes : </numerusform>
      </translation>
    </message>
    <message>
      <source>Ready to import.</source>
      <translation>Prêt à importer.</translation>
    </message>
    <message>
      <source>Cancel Import</source>
      <translation>Annuler l’importation</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Importation…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>The import was cancelled; nothing was changed.</source>
      <translation>L’importation a été annulée ; rien n’a été modifié.</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Annulation…</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Preferred name</source>
      <translation>Nom d’usage</translation>
    </message>
    <message>
      <source>Relationship</source>
      <translation>Relation</translation>
    </message>
    <message>
      <source>Profession</source>
      <translation>Profession</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <source>Region / state</source>
      <translation>Région / province</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>Foyer</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>Segment</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <source>Client since</source>
      <translation>Client depuis</translation>
    </message>
    <message>
      <source>Has a written plan</source>
      <translation>A un plan écrit</translation>
    </message>
    <message>
      <source>Do not ask for referrals</source>
      <translation>Ne pas solliciter de recommandations</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Reviews a year</source>
      <translation>Bilans par an</translation>
    </message>
    <message>
      <source>Full name (split into first and last)</source>
      <translation>Nom complet (séparé en prénom et nom)</translation>
    </message>
    <message>
      <source>Archived</source>
      <translation>Archivé</translation>
    </message>
    <message>
      <source>(not imported)</source>
      <translation>(non importée)</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nouveau</translation>
    </message>
    <message>
      <source>Updates a contact</source>
      <translation>Met à jour un contact</translation>
    </message>
    <message>
      <source>Already up to date</source>
      <translation>Déjà à jour</translation>
    </message>
    <message>
      <source>Skipped</source>
      <translation>Ignoré</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>Colonne du fichier</translation>
    </message>
    <message>
      <source>Example</source>
      <translation>Exemple</translation>
    </message>
    <message>
      <source>Imports as</source>
      <translation>Importé comme</translation>
    </message>
    <message>
      <source>(column {0} has no name)</source>
      <translation>(la colonne {0} n’a pas de nom)</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Ligne</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Raison</translation>
    </message>
    <message numerus="yes">
      <source>%n already up to date</source>
      <translation>
        <numerusform>%n déjà à jour</numerusform>
        <numerusform>%n déjà à jour</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n likely already in the book</source>
      <translation>
        <numerusform>%n probablement déjà dans le carnet</numerusform>
        <numerusform>%n probablement déjà dans le carnet</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new</source>
      <translation>
        <numerusform>%n nouveau</numerusform>
        <numerusform>%n nouveaux</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n skipped (email already in the book)</source>
      <translation>
        <numerusform>%n ignoré (courriel déjà dans le carnet)</numerusform>
        <numerusform>%n ignorés (courriel déjà dans le carnet)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n to update</source>
      <translation>
        <numerusform>%n à mettre à jour</numerusform>
        <numerusform>%n à mettre à jour</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n with problems</source>
      <translation>
        <numerusform>%n avec un problème</numerusform>
        <numerusform>%n avec des problèmes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Kits</name>
    <message>
      <source>Referral Kits</source>
      <translation>Carnets de recommandation</translation>
    </message>
    <message>
      <source>{0} of {1} asked not to be asked for referrals: {2}.</source>
      <translation>{0} sur {1} ont demandé à ne pas être sollicités pour des recommandations : {2}.</translation>
    </message>
    <message>
      <source>A referral kit asks for introductions.</source>
      <translation>Un carnet de recommandation sollicite des présentations.</translation>
    </message>
    <message>
      <source>Leave Them Out</source>
      <translation>Les laisser de côté</translation>
    </message>
    <message>
      <source>Include Them</source>
      <translation>Les inclure</translation>
    </message>
    <message>
      <source>Choose a folder for {0} referral kits</source>
      <translation>Choisir un dossier pour {0} carnets de recommandation</translation>
    </message>
    <message>
      <source>{0} of these kits are already in {1}: {2}.</source>
      <translation>{0} de ces carnets se trouvent déjà dans {1} : {2}.</translation>
    </message>
    <message>
      <source>Replace them with new kits?</source>
      <translation>Les remplacer par de nouveaux carnets ?</translation>
    </message>
    <message>
      <source>Replace Them</source>
      <translation>Les remplacer</translation>
    </message>
    <message>
      <source>Preparing {0} referral kits…</source>
      <translation>Préparation de {0} carnets de recommandation…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Referral kits</source>
      <translation>Carnets de recommandation</translation>
    </message>
    <message>
      <source>Stopping after the kit being written…</source>
      <translation>Arrêt après le carnet en cours…</translation>
    </message>
    <message>
      <source>Writing kit {0} of {1}…</source>
      <translation>Rédaction du carnet {0} sur {1}…</translation>
    </message>
    <message>
      <source>Stopped. {0} of {1} kits were saved in {2}.</source>
      <translation>Arrêté. {0} carnets sur {1} ont été enregistrés dans {2}.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln referral kit was saved in {0}.</source>
      <comment>%Ln referral kits were saved in {0}.</comment>
      <translation>
        <numerusform>%Ln carnet de recommandation a été enregistré dans {0}.</numerusform>
        <numerusform>%Ln carnets de recommandation ont été enregistrés dans {0}.</numerusform>
      </translation>
    </message>
    <message>
      <source>No logo: the kit shows your initials</source>
      <translation>Pas de logo : le carnet affiche vos initiales</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <source>Default</source>
      <translation>Par défaut</translation>
    </message>
    <message>
      <source>Your firm's required disclosures, printed at the foot of every page</source>
      <translation>Les mentions obligatoires de votre cabinet, imprimées au pied de chaque page</translation>
    </message>
    <message>
      <source>Logo:</source>
      <translation>Logo :</translation>
    </message>
    <message>
      <source>Accent colour:</source>
      <translation>Couleur d’accent :</translation>
    </message>
    <message>
      <source>Disclosures:</source>
      <translation>Mentions :</translation>
    </message>
    <message>
      <source>Who we help:</source>
      <translation>Qui nous aidons :</translation>
    </message>
    <message>
      <source>How we help:</source>
      <translation>Comment nous aidons :</translation>
    </message>
    <message>
      <source>Left empty, a text prints the wording shown in grey. Start a line with “- ” for a list item; “Name: description” prints the name in bold.</source>
      <translation>Laissé vide, un texte imprime la formulation affichée en gris. Commencez une ligne par « - » pour un élément de liste ; « Nom : description » imprime le nom en gras.</translation>
    </message>
    <message>
      <source>Choose your logo</source>
      <translation>Choisir votre logo</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>{0} cannot be read as an image ({1}).</source>
      <translation>{0} ne peut pas être lu comme une image ({1}).</translation>
    </message>
    <message>
      <source>{0} is missing or unreadable; kits use your initials.</source>
      <translation>{0} est introuvable ou illisible ; les carnets affichent vos initiales.</translation>
    </message>
    <message>
      <source>Accent colour for kits</source>
      <translation>Couleur d’accent des carnets</translation>
    </message>
    <message>
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>Lettre</translation>
    </message>
    <message>
      <source>Referral kit for {0}</source>
      <translation>Carnet de recommandation pour {0}</translation>
    </message>
    <message>
      <source>The client's language</source>
      <translation>La langue du client</translation>
    </message>
    <message>
      <source>&amp;Save…</source>
      <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Paper:</source>
      <translation>Papier :</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Langue :</translation>
    </message>
    <message>
      <source>Some text cannot be printed with the bundled fonts:</source>
      <translation>Certains textes ne peuvent pas être imprimés avec les polices fournies :</translation>
    </message>
    <message>
      <source>Preparing the kit…</source>
      <translation>Préparation du carnet…</translation>
    </message>
    <message>
      <source>Save referral kit</source>
      <translation>Enregistrer le carnet de recommandation</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Enregistrement…</translation>
    </message>
    <message>
      <source>Saved to {0}</source>
      <translation>Enregistré dans {0}</translation>
    </message>
    <message>
      <source>Print referral kit</source>
      <translation>Imprimer le carnet de recommandation</translation>
    </message>
    <message>
      <source>Sent {0} pages to the printer</source>
      <translation>{0} pages envoyées à l’imprimante</translation>
    </message>
    <message>
      <source>Referral kit</source>
      <translation>Carnet de recommandation</translation>
    </message>
    <message>
      <source>The printer could not be opened. Check that it is available.</source>
      <translation>Impossible d’ouvrir l’imprimante. Vérifiez qu’elle est disponible.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln page, {0}</source>
      <comment>%Ln pages, {0}</comment>
      <translation>
        <numerusform>%Ln page, {0}</numerusform>
        <numerusform>%Ln pages, {0}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Prospect</source>
      <translation>Prospect</translation>
    </message>
    <message>
      <source>Client</source>
      <translation>Client</translation>
    </message>
    <message>
      <source>Former client</source>
      <translation>Ancien client</translation>
    </message>
    <message>
      <source>Center of influence</source>
      <translation>Prescripteur</translation>
    </message>
    <message>
      <source>Prospects</source>
      <translation>Prospects</translation>
    </message>
    <message>
      <source>Clients</source>
      <translation>Clients</translation>
    </message>
    <message>
      <source>Former clients</source>
      <translation>Anciens clients</translation>
    </message>
    <message>
      <source>Centers of influence</source>
      <translation>Prescripteurs</translation>
    </message>
    <message>
      <source>Engaged</source>
      <translation>Engagé</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>Satisfait</translation>
    </message>
    <message>
      <source>Complacent</source>
      <translation>Passif</translation>
    </message>
    <message>
      <source>Disgruntled</source>
      <translation>Mécontent</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Inconnu</translation>
    </message>
    <message>
      <source>Tier {0}</source>
      <translation>Niveau {0}</translation>
    </message>
    <message>
      <source>Intended</source>
      <translation>Annoncée</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nouvelle</translation>
    </message>
    <message>
      <source>Contacted</source>
      <translation>Contactée</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Rendez-vous</translation>
    </message>
    <message>
      <source>Converted</source>
      <translation>Convertie</translation>
    </message>
    <message>
      <source>Not a fit</source>
      <translation>Pas adaptée</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>Perdue</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Preferred name</source>
      <translation>Nom d’usage</translation>
    </message>
    <message>
      <source>Relationship</source>
      <translation>Relation</translation>
    </message>
    <message>
      <source>Profession</source>
      <translation>Profession</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Région</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>Foyer</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>Segment</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <source>Client since</source>
      <translation>Client depuis</translation>
    </message>
    <message>
      <source>Written financial plan</source>
      <translation>Plan financier écrit</translation>
    </message>
    <message>
      <source>Do not ask for referrals</source>
      <translation>Ne pas solliciter de recommandations</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Reviews a year</source>
      <translation>Bilans par an</translation>
    </message>
    <message>
      <source>Kit language</source>
      <translation>Langue du carnet</translation>
    </message>
  </context>
  <context>
    <name>Languages</name>
    <message>
      <source>{0} (kits in English)</source>
      <translation>{0} (carnets en anglais)</translation>
    </message>
  </context>
  <context>
    <name>Lock</name>
    <message>
      <source>Locked after a time without use. Enter the passphrase of {0} to go on.</source>
      <translation>Verrouillé après une période d’inactivité. Saisissez la phrase secrète de {0} pour continuer.</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
      <source>That passphrase is not the book's. Try again.</source>
      <translation>Ce n’est pas la phrase secrète de ce carnet. Réessayez.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importer…</translation>
    </message>
    <message>
      <source>Import contacts (.csv) or a book (.json)</source>
      <translation>Importer des contacts (.csv) ou un carnet (.json)</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Exporter…</translation>
    </message>
    <message>
      <source>Export contacts (.csv) or the whole book (.json)</source>
      <translation>Exporter des contacts (.csv) ou le carnet entier (.json)</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <source>Contacts or book files (*.csv *.vcf *.json);;All files (*)</source>
      <translation>Fichiers de contacts ou de carnet (*.csv *.vcf *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>{0} cannot be imported: choose a contacts file (.csv or .vcf) or a .json book file.</source>
      <translation>{0} ne peut pas être importé : choisissez un fichier de contacts (.csv ou .vcf) ou un fichier de carnet .json.</translation>
    </message>
    <message>
      <source>Checking {0}…</source>
      <translation>Vérification de {0}…</translation>
    </message>
    <message>
      <source>Import a Whole Book</source>
      <translation>Importer un carnet entier</translation>
    </message>
    <message>
      <source>{0} is a whole book: {1}.

Import it into this book?</source>
      <translation>{0} est un carnet entier : {1}.

L’importer dans ce carnet ?</translation>
    </message>
    <message>
      <source>Importing {0}…</source>
      <translation>Importation de {0}…</translation>
    </message>
    <message>
      <source>Contacts (*.csv)</source>
      <translation>Contacts (*.csv)</translation>
    </message>
    <message>
      <source>Whole book (*.json)</source>
      <translation>Carnet entier (*.json)</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <source>Exporting to {0}…</source>
      <translation>Exportation vers {0}…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>The import was cancelled; nothing was changed.</source>
      <translation>L’importation a été annulée ; rien n’a été modifié.</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>É&amp;dition</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <source>&amp;Tools</source>
      <translation>&amp;Outils</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>Aid&amp;e</translation>
    </message>
    <message>
      <source>&amp;New Contact…</source>
      <translation>&amp;Nouveau contact…</translation>
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
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Rechercher…</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
      <source>&amp;About {0}</source>
      <translation>À &amp;propos de {0}</translation>
    </message>
    <message>
      <source>Settings saved</source>
      <translation>Paramètres enregistrés</translation>
    </message>
    <message>
      <source>Log a &amp;trigger…</source>
      <translation>Noter un &amp;déclencheur…</translation>
    </message>
    <message>
      <source>Record a &amp;referral…</source>
      <translation>Enregistrer une &amp;recommandation…</translation>
    </message>
    <message>
      <source>Undo &amp;Import…</source>
      <translation>Annuler l’&amp;importation…</translation>
    </message>
    <message>
      <source>Remove the contacts the last import added and restore those it updated</source>
      <translation>Retirer les contacts ajoutés par la dernière importation et rétablir ceux qu’elle a mis à jour</translation>
    </message>
    <message>
      <source>Undo Import</source>
      <translation>Annuler l’importation</translation>
    </message>
    <message>
      <source>No import to undo.</source>
      <translation>Aucune importation à annuler.</translation>
    </message>
    <message>
      <source>The import of {0} was already undone.</source>
      <translation>L’importation de {0} a déjà été annulée.</translation>
    </message>
    <message>
      <source>Undo the import of {0}, made on {1} by {2}?

The {3} contacts it added are removed and the {4} it updated get their earlier values back.</source>
      <translation>Annuler l’importation de {0}, faite le {1} par {2} ?

Les {3} contacts ajoutés sont retirés et les {4} contacts mis à jour retrouvent leurs valeurs précédentes.</translation>
    </message>
    <message>
      <source>… and {0} more</source>
      <translation>… et {0} de plus</translation>
    </message>
    <message>
      <source>These contacts were changed after the import of {0}:

{1}

Undo the rest of the import and leave these as they are now?</source>
      <translation>Ces contacts ont été modifiés après l’importation de {0} :

{1}

Annuler le reste de l’importation et laisser ceux-ci tels qu’ils sont ?</translation>
    </message>
  </context>
  <context>
    <name>Opening</name>
    <message>
      <source>Checking and restoring the backup…</source>
      <translation>Vérification et restauration de la sauvegarde…</translation>
    </message>
    <message>
      <source>The backup {0} is encrypted. Enter the passphrase the book had when the backup was made.</source>
      <translation>La sauvegarde {0} est chiffrée. Saisissez la phrase secrète qu’avait le carnet au moment de la sauvegarde.</translation>
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message>
      <source>This page is not available in this version yet.</source>
      <translation>Cette page n’est pas encore disponible dans cette version.</translation>
    </message>
    <message>
      <source>Clients</source>
      <translation>Clients</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Aujourd’hui</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>Recommandations</translation>
    </message>
    <message>
      <source>Triggers</source>
      <translation>Déclencheurs</translation>
    </message>
    <message>
      <source>Reviews</source>
      <translation>Bilans</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Rapports</translation>
    </message>
  </context>
  <context>
    <name>Passphrase</name>
    <message>
      <source>Encrypted book</source>
      <translation>Carnet chiffré</translation>
    </message>
    <message>
      <source>The book at {0} is encrypted. Enter its passphrase.</source>
      <translation>Le carnet situé à {0} est chiffré. Saisissez sa phrase secrète.</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
      <source>That passphrase does not open this book. Check it (capital letters count) and try again.</source>
      <translation>Cette phrase secrète n’ouvre pas ce carnet. Vérifiez-la (les majuscules comptent) et réessayez.</translation>
    </message>
    <message>
      <source>New &amp;passphrase:</source>
      <translation>Nouvelle &amp;phrase secrète :</translation>
    </message>
    <message>
      <source>&amp;Type it again:</source>
      <translation>&amp;Confirmez-la :</translation>
    </message>
    <message>
      <source>A passphrase needs at least {0} characters; a few words are best.</source>
      <translation>Une phrase secrète compte au moins {0} caractères ; quelques mots, c’est l’idéal.</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
  </context>
  <context>
    <name>Profile</name>
    <message>
      <source>Your name</source>
      <translation>Votre nom</translation>
    </message>
    <message>
      <source>Firm</source>
      <translation>Cabinet</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>Website</source>
      <translation>Site web</translation>
    </message>
    <message>
      <source>e.g. Maria Lopes, CFP®</source>
      <translation>p. ex. Maria Lopes, Pl. Fin.</translation>
    </message>
    <message>
      <source>e.g. Lopes Wealth Partners</source>
      <translation>p. ex. Lopes Gestion de patrimoine</translation>
    </message>
  </context>
  <context>
    <name>ReferralAnalytics</name>
    <message>
      <source>{0} so far</source>
      <translation>{0} à ce jour</translation>
    </message>
    <message>
      <source>Last 12 months</source>
      <translation>12 derniers mois</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <source>&lt;b&gt;Referral analytics&lt;/b&gt;</source>
      <translation>&lt;b&gt;Analyse des recommandations&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Referrals received</source>
      <translation>Recommandations reçues</translation>
    </message>
    <message>
      <source>Conversion rate</source>
      <translation>Taux de conversion</translation>
    </message>
    <message>
      <source>Median days to convert</source>
      <translation>Délai médian de conversion (jours)</translation>
    </message>
    <message>
      <source>Clients who referred, last 12 months</source>
      <translation>Clients ayant recommandé, 12 derniers mois</translation>
    </message>
    <message>
      <source>By source</source>
      <translation>Par source</translation>
    </message>
    <message>
      <source>By the referrer's segment</source>
      <translation>Par segment du recommandeur</translation>
    </message>
    <message>
      <source>By conversation trigger</source>
      <translation>Par déclencheur de conversation</translation>
    </message>
    <message>
      <source>Top referrers</source>
      <translation>Meilleurs recommandeurs</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>Calcul…</translation>
    </message>
    <message>
      <source>from {0} people</source>
      <translation>de {0} personnes</translation>
    </message>
    <message>
      <source>{0} converted in the period</source>
      <translation>{0} converties sur la période</translation>
    </message>
    <message>
      <source>Field benchmark {0}</source>
      <translation>Repère du secteur {0}</translation>
    </message>
    <message>
      <source>No referrals in this period</source>
      <translation>Aucune recommandation sur cette période</translation>
    </message>
    <message>
      <source>No trigger logged</source>
      <translation>Aucun déclencheur noté</translation>
    </message>
  </context>
  <context>
    <name>Referrals</name>
    <message>
      <source>today</source>
      <translation>aujourd’hui</translation>
    </message>
    <message>
      <source>{0} d</source>
      <translation>{0} j</translation>
    </message>
    <message>
      <source>from {0}</source>
      <translation>de {0}</translation>
    </message>
    <message>
      <source>Drag a card to another column to move it.</source>
      <translation>Faites glisser une carte vers une autre colonne pour la déplacer.</translation>
    </message>
    <message>
      <source>Open…</source>
      <translation>Ouvrir…</translation>
    </message>
    <message>
      <source>Move to</source>
      <translation>Déplacer vers</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Centre of influence</source>
      <translation>Prescripteur</translation>
    </message>
    <message>
      <source>Profession</source>
      <translation>Profession</translation>
    </message>
    <message>
      <source>Referrals from them</source>
      <translation>Recommandations reçues de lui</translation>
    </message>
    <message>
      <source>Of which converted</source>
      <translation>Dont converties</translation>
    </message>
    <message>
      <source>Referrals to them</source>
      <translation>Recommandations envoyées</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>Solde</translation>
    </message>
    <message>
      <source>Last from them</source>
      <translation>Dernière reçue</translation>
    </message>
    <message>
      <source>Last to them</source>
      <translation>Dernière envoyée</translation>
    </message>
    <message>
      <source>They send you more than you send them.</source>
      <translation>Il vous en envoie plus que vous ne lui en envoyez.</translation>
    </message>
    <message>
      <source>You send them more than they send you.</source>
      <translation>Vous lui en envoyez plus qu’il ne vous en envoie.</translation>
    </message>
    <message>
      <source>Refer someone to a centre of influence</source>
      <translation>Recommander quelqu’un à un prescripteur</translation>
    </message>
    <message>
      <source>Centre of &amp;influence:</source>
      <translation>&amp;Prescripteur :</translation>
    </message>
    <message>
      <source>&amp;Person referred:</source>
      <translation>Personne &amp;recommandée :</translation>
    </message>
    <message>
      <source>&amp;Sent on:</source>
      <translation>&amp;Envoyée le :</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Notes :</translation>
    </message>
    <message>
      <source>Choose both people from the lists that appear as you type.</source>
      <translation>Choisissez les deux personnes dans les listes qui s’affichent pendant la saisie.</translation>
    </message>
    <message>
      <source>Referrals you sent to the selected centre:</source>
      <translation>Recommandations envoyées au prescripteur sélectionné :</translation>
    </message>
    <message>
      <source>Refer someone to a centre of influence…</source>
      <translation>Recommander quelqu’un à un prescripteur…</translation>
    </message>
    <message>
      <source>Who is reciprocating? Referrals received from each centre of influence beside the ones you sent them.</source>
      <translation>Qui rend la pareille ? Les recommandations reçues de chaque prescripteur, à côté de celles que vous lui avez envoyées.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <source>Not delivered</source>
      <translation>Non remise</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Reçue</translation>
    </message>
    <message>
      <source>Promoter (referred by)</source>
      <translation>Promoteur (recommandé par)</translation>
    </message>
    <message>
      <source>Referred person</source>
      <translation>Personne recommandée</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <source>Agreement on file</source>
      <translation>Entente au dossier</translation>
    </message>
    <message>
      <source>Disclosure delivered</source>
      <translation>Divulgation remise</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>Avertissements</translation>
    </message>
    <message>
      <source>Only referrals missing a disclosure</source>
      <translation>Seulement les recommandations sans divulgation</translation>
    </message>
    <message>
      <source>Export to CSV…</source>
      <translation>Exporter en CSV…</translation>
    </message>
    <message>
      <source>SEC Marketing Rule (206(4)-1): a compensated referral is an endorsement. Deliver a disclosure of the compensation and its terms; above $1,000 in 12 months a written agreement with the promoter is required.</source>
      <translation>Règle de la SEC sur le marketing (206(4)-1) : une recommandation rémunérée est une recommandation d’endossement. Remettez une divulgation de la rémunération et de ses conditions ; au-delà de 1 000 $ sur 12 mois, une entente écrite avec le promoteur est obligatoire.</translation>
    </message>
    <message>
      <source>{0} compensated referrals</source>
      <translation>{0} recommandations rémunérées</translation>
    </message>
    <message>
      <source>Export the Marketing Rule ledger</source>
      <translation>Exporter le registre de la règle sur le marketing</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
      <source>Exported {0} rows to {1}</source>
      <translation>{0} lignes exportées vers {1}</translation>
    </message>
    <message>
      <source>Type a name, email or phone…</source>
      <translation>Tapez un nom, un courriel ou un téléphone…</translation>
    </message>
    <message>
      <source>Log {0} for {1}</source>
      <translation>Noter {0} pour {1}</translation>
    </message>
    <message>
      <source>Edit trigger for {0}</source>
      <translation>Modifier le déclencheur de {0}</translation>
    </message>
    <message>
      <source>Delete trigger for {0}</source>
      <translation>Supprimer le déclencheur de {0}</translation>
    </message>
    <message>
      <source>Record referral of {0}</source>
      <translation>Enregistrer la recommandation de {0}</translation>
    </message>
    <message>
      <source>Edit referral of {0}</source>
      <translation>Modifier la recommandation de {0}</translation>
    </message>
    <message>
      <source>Move {0} to {1}</source>
      <translation>Déplacer {0} vers {1}</translation>
    </message>
    <message>
      <source>Record first contact with {0}</source>
      <translation>Noter le premier contact avec {0}</translation>
    </message>
    <message>
      <source>Record thank-you to {0}</source>
      <translation>Noter le remerciement à {0}</translation>
    </message>
    <message>
      <source>Delete referral of {0}</source>
      <translation>Supprimer la recommandation de {0}</translation>
    </message>
    <message>
      <source>Say thank you</source>
      <translation>Remercier</translation>
    </message>
    <message>
      <source>Did you send the thank-you to {0}?</source>
      <translation>Avez-vous envoyé le remerciement à {0} ?</translation>
    </message>
    <message>
      <source>Yes, record it</source>
      <translation>Oui, le noter</translation>
    </message>
    <message>
      <source>Not yet</source>
      <translation>Pas encore</translation>
    </message>
    <message>
      <source>⚠ No disclosure delivered. A compensated referral is an endorsement under the SEC Marketing Rule: give the client a disclosure of the compensation and its terms, then record the date here.</source>
      <translation>⚠ Aucune divulgation remise. Une recommandation rémunérée est un endossement au sens de la règle de la SEC sur le marketing : remettez au client une divulgation de la rémunération et de ses conditions, puis notez la date ici.</translation>
    </message>
    <message>
      <source>Compensated referral (cash or non-cash)</source>
      <translation>Recommandation rémunérée (en espèces ou en nature)</translation>
    </message>
    <message>
      <source>Written agreement on file</source>
      <translation>Entente écrite au dossier</translation>
    </message>
    <message>
      <source>Disclosure delivered on</source>
      <translation>Divulgation remise le</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Type :</translation>
    </message>
    <message>
      <source>Value:</source>
      <translation>Valeur :</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation>Recommandation</translation>
    </message>
    <message>
      <source>Record a referral</source>
      <translation>Enregistrer une recommandation</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(aucun)</translation>
    </message>
    <message>
      <source>First contacted on</source>
      <translation>Premier contact le</translation>
    </message>
    <message>
      <source>Thanked on</source>
      <translation>Remercié le</translation>
    </message>
    <message>
      <source>Converted on</source>
      <translation>Converti le</translation>
    </message>
    <message>
      <source>Referred &amp;by:</source>
      <translation>Recommandé &amp;par :</translation>
    </message>
    <message>
      <source>&amp;Referred person:</source>
      <translation>Personne &amp;recommandée :</translation>
    </message>
    <message>
      <source>Received &amp;on:</source>
      <translation>Reçue &amp;le :</translation>
    </message>
    <message>
      <source>&amp;Status:</source>
      <translation>É&amp;tat :</translation>
    </message>
    <message>
      <source>&amp;Channel:</source>
      <translation>&amp;Canal :</translation>
    </message>
    <message>
      <source>&amp;Trigger:</source>
      <translation>&amp;Déclencheur :</translation>
    </message>
    <message>
      <source>History:</source>
      <translation>Historique :</translation>
    </message>
    <message>
      <source>Someone in the book</source>
      <translation>Quelqu’un du carnet</translation>
    </message>
    <message>
      <source>A new person (added as a prospect)</source>
      <translation>Une nouvelle personne (ajoutée comme prospect)</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>Use this contact</source>
      <translation>Utiliser ce contact</translation>
    </message>
    <message>
      <source>Possible duplicate: {0} ({1}) is already in the book.</source>
      <translation>Doublon possible : {0} ({1}) figure déjà dans le carnet.</translation>
    </message>
    <message>
      <source>{0} more look alike.</source>
      <translation>{0} autres se ressemblent.</translation>
    </message>
    <message>
      <source>{0}: recorded as {1}</source>
      <translation>{0} : noté comme {1}</translation>
    </message>
    <message>
      <source>{0}: {1} → {2}</source>
      <translation>{0} : {1} → {2}</translation>
    </message>
    <message>
      <source>Choose who made the referral.</source>
      <translation>Choisissez qui a fait la recommandation.</translation>
    </message>
    <message>
      <source>Choose the referred person from the list.</source>
      <translation>Choisissez la personne recommandée dans la liste.</translation>
    </message>
    <message>
      <source>Give the referred person's name.</source>
      <translation>Indiquez le nom de la personne recommandée.</translation>
    </message>
    <message>
      <source>Compensated, and no disclosure delivered yet.</source>
      <translation>Rémunérée, et aucune divulgation remise pour l’instant.</translation>
    </message>
    <message>
      <source>Referred by</source>
      <translation>Recommandé par</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Follow up by</source>
      <translation>Relancer avant le</translation>
    </message>
    <message>
      <source>First contact</source>
      <translation>Premier contact</translation>
    </message>
    <message>
      <source>Thanked</source>
      <translation>Remercié</translation>
    </message>
    <message>
      <source>Converted</source>
      <translation>Convertie</translation>
    </message>
    <message>
      <source>Trigger</source>
      <translation>Déclencheur</translation>
    </message>
    <message>
      <source>Compensation</source>
      <translation>Rémunération</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Tous les états</translation>
    </message>
    <message>
      <source>{0} referrals</source>
      <translation>{0} recommandations</translation>
    </message>
    <message>
      <source>Record first contact today</source>
      <translation>Noter le premier contact aujourd’hui</translation>
    </message>
    <message>
      <source>Say thank you…</source>
      <translation>Remercier…</translation>
    </message>
    <message>
      <source>Referral analytics will appear here.</source>
      <translation>L’analyse des recommandations s’affichera ici.</translation>
    </message>
    <message>
      <source>Pipeline</source>
      <translation>Suivi</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>Tableau</translation>
    </message>
    <message>
      <source>Centres of influence</source>
      <translation>Prescripteurs</translation>
    </message>
    <message>
      <source>Compliance</source>
      <translation>Conformité</translation>
    </message>
    <message>
      <source>Analytics</source>
      <translation>Analyse</translation>
    </message>
    <message>
      <source>Record a referral…</source>
      <translation>Enregistrer une recommandation…</translation>
    </message>
    <message>
      <source>Ctrl+Shift+R from anywhere</source>
      <translation>Ctrl+Maj+R depuis n’importe où</translation>
    </message>
    <message>
      <source>Log a trigger…</source>
      <translation>Noter un déclencheur…</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Excel workbook, every table…</source>
      <translation>Classeur Excel, tous les tableaux…</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Summary as CSV…</source>
      <translation>Résumé en CSV…</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Metrics as JSON…</source>
      <translation>Indicateurs en JSON…</translation>
    </message>
    <message>
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <source>Quarter</source>
      <translation>Trimestre</translation>
    </message>
    <message>
      <source>&amp;Save PDF…</source>
      <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <source>&amp;Export data</source>
      <translation>E&amp;xporter les données</translation>
    </message>
    <message>
      <source>&lt;h2&gt;Quarterly report&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Rapport trimestriel&lt;/h2&gt;</translation>
    </message>
    <message>
      <source>&amp;Quarter:</source>
      <translation>&amp;Trimestre :</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>{0} (to date)</source>
      <translation>{0} (à ce jour)</translation>
    </message>
    <message>
      <source>Preparing the {0} report…</source>
      <translation>Préparation du rapport {0}…</translation>
    </message>
    <message>
      <source>{0} report: {1} pages.</source>
      <translation>Rapport {0} : {1} pages.</translation>
    </message>
    <message>
      <source>Some text cannot be printed with the bundled fonts: {0}</source>
      <translation>Certains textes ne peuvent pas être imprimés avec les polices fournies : {0}</translation>
    </message>
    <message>
      <source>The report could not be made.</source>
      <translation>Le rapport n’a pas pu être produit.</translation>
    </message>
    <message>
      <source>Stopped.</source>
      <translation>Arrêté.</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>Enregistrer le rapport</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>The report could not be saved to {0}: {1}</source>
      <translation>Le rapport n’a pas pu être enregistré dans {0} : {1}</translation>
    </message>
    <message>
      <source>Saved {0}</source>
      <translation>{0} enregistré</translation>
    </message>
    <message>
      <source>Export the data</source>
      <translation>Exporter les données</translation>
    </message>
    <message>
      <source>Exporting {0}…</source>
      <translation>Exportation de {0}…</translation>
    </message>
  </context>
  <context>
    <name>Reviews</name>
    <message>
      <source>Tier {0}</source>
      <translation>Niveau {0}</translation>
    </message>
    <message>
      <source>never reviewed</source>
      <translation>jamais revu</translation>
    </message>
    <message>
      <source>last review {0}</source>
      <translation>dernier bilan le {0}</translation>
    </message>
    <message>
      <source>due now</source>
      <translation>à faire maintenant</translation>
    </message>
    <message>
      <source>next due {0}</source>
      <translation>prochain bilan le {0}</translation>
    </message>
    <message>
      <source>Booked for {0}</source>
      <translation>Prévu le {0}</translation>
    </message>
    <message>
      <source>Complete review</source>
      <translation>Terminer le bilan</translation>
    </message>
    <message>
      <source>Cancel review</source>
      <translation>Annuler le bilan</translation>
    </message>
    <message>
      <source>Cancel the review with {0} on {1}? It stays in the history as cancelled.</source>
      <translation>Annuler le bilan avec {0} du {1} ? Il reste dans l’historique comme annulé.</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>Le garder</translation>
    </message>
    <message>
      <source>Review already booked</source>
      <translation>Bilan déjà prévu</translation>
    </message>
    <message>
      <source>{0} has a review booked for {1}.</source>
      <translation>{0} a un bilan prévu le {1}.</translation>
    </message>
    <message>
      <source>Complete it…</source>
      <translation>Le terminer…</translation>
    </message>
    <message>
      <source>Move it…</source>
      <translation>Le déplacer…</translation>
    </message>
    <message>
      <source>Book another…</source>
      <translation>En prévoir un autre…</translation>
    </message>
    <message>
      <source>Schedule review</source>
      <translation>Planifier un bilan</translation>
    </message>
    <message>
      <source>Portfolio reviews are for active clients. {0} is not one: set the relationship to client (or restore the contact) first.</source>
      <translation>Les bilans de portefeuille sont réservés aux clients actifs. {0} n’en est pas un : indiquez d’abord la relation « client » (ou restaurez le contact).</translation>
    </message>
    <message>
      <source>Record a review</source>
      <translation>Noter un bilan</translation>
    </message>
    <message>
      <source>Schedule review with {0}</source>
      <translation>Planifier un bilan avec {0}</translation>
    </message>
    <message>
      <source>Review with {0} booked for {1}.</source>
      <translation>Bilan avec {0} prévu le {1}.</translation>
    </message>
    <message>
      <source>Record review with {0}</source>
      <translation>Noter le bilan avec {0}</translation>
    </message>
    <message>
      <source>Review with {0} recorded.</source>
      <translation>Bilan avec {0} noté.</translation>
    </message>
    <message>
      <source>Move review with {0}</source>
      <translation>Déplacer le bilan avec {0}</translation>
    </message>
    <message>
      <source>Review with {0} moved to {1}.</source>
      <translation>Bilan avec {0} déplacé au {1}.</translation>
    </message>
    <message>
      <source>all day</source>
      <translation>toute la journée</translation>
    </message>
    <message>
      <source>&lt;b&gt;Coverage&lt;/b&gt;, last 12 months</source>
      <translation>&lt;b&gt;Couverture&lt;/b&gt;, 12 derniers mois</translation>
    </message>
    <message>
      <source>Of each tier's clients of at least a year's standing, the share who had as many completed reviews in the last 12 months as their cadence asks.</source>
      <translation>Parmi les clients de chaque niveau depuis au moins un an, la part qui a eu, au cours des 12 derniers mois, autant de bilans terminés que leur fréquence le prévoit.</translation>
    </message>
    <message>
      <source>Tier {0}: {1}</source>
      <translation>Niveau {0} : {1}</translation>
    </message>
    <message>
      <source>{0} of {1} clients</source>
      <translation>{0} clients sur {1}</translation>
    </message>
    <message>
      <source>Move review</source>
      <translation>Déplacer le bilan</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Date :</translation>
    </message>
    <message>
      <source>At a set &amp;time</source>
      <translation>À une &amp;heure précise</translation>
    </message>
    <message>
      <source>Time:</source>
      <translation>Heure :</translation>
    </message>
    <message>
      <source>Not set</source>
      <translation>Non précisé</translation>
    </message>
    <message>
      <source>&amp;Meeting:</source>
      <translation>&amp;Rencontre :</translation>
    </message>
    <message>
      <source>What to prepare or discuss (stays in the book)</source>
      <translation>Ce qu’il faut préparer ou aborder (reste dans le carnet)</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Notes :</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>Déplacer</translation>
    </message>
    <message>
      <source>Schedule</source>
      <translation>Planifier</translation>
    </message>
    <message>
      <source>A review cannot be completed after today.</source>
      <translation>Un bilan ne peut pas être terminé après aujourd’hui.</translation>
    </message>
    <message>
      <source>&amp;Held on:</source>
      <translation>&amp;Tenu le :</translation>
    </message>
    <message>
      <source>I asked the client for &amp;feedback</source>
      <translation>J’ai demandé l’&amp;avis du client</translation>
    </message>
    <message>
      <source>We had a &amp;referral conversation</source>
      <translation>Nous avons parlé de &amp;recommandations</translation>
    </message>
    <message>
      <source>Notes from the review</source>
      <translation>Notes du bilan</translation>
    </message>
    <message>
      <source>Complete</source>
      <translation>Terminer</translation>
    </message>
    <message>
      <source>at {0}</source>
      <translation>à {0}</translation>
    </message>
    <message>
      <source>Portfolio review: {name}</source>
      <translation>Bilan de portefeuille : {name}</translation>
    </message>
    <message>
      <source>Portfolio reviews</source>
      <translation>Bilans de portefeuille</translation>
    </message>
    <message>
      <source>Export booked reviews</source>
      <translation>Exporter les bilans prévus</translation>
    </message>
    <message>
      <source>iCalendar files (*.ics)</source>
      <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
      <source>Export cancelled; no file was written.</source>
      <translation>Exportation annulée ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
      <source>Exporting {0} of {1} reviews…</source>
      <translation>Exportation de {0} bilans sur {1}…</translation>
    </message>
    <message>
      <source>due today</source>
      <translation>à faire aujourd’hui</translation>
    </message>
    <message>
      <source>Client</source>
      <translation>Client</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>Segment</translation>
    </message>
    <message>
      <source>Cadence</source>
      <translation>Fréquence</translation>
    </message>
    <message>
      <source>Last review</source>
      <translation>Dernier bilan</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>now</source>
      <translation>maintenant</translation>
    </message>
    <message>
      <source>Late by</source>
      <translation>En retard de</translation>
    </message>
    <message>
      <source>Booked for</source>
      <translation>Prévu le</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Heure</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Held? Record it</source>
      <translation>A eu lieu ? Notez-le</translation>
    </message>
    <message>
      <source>Moved</source>
      <translation>Déplacé</translation>
    </message>
    <message>
      <source>Booked</source>
      <translation>Prévu</translation>
    </message>
    <message>
      <source>Chosen segment</source>
      <translation>Segment choisi</translation>
    </message>
    <message>
      <source>Suggested</source>
      <translation>Suggéré</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Raison</translation>
    </message>
    <message>
      <source>How likely are you to recommend us to a friend?</source>
      <translation>Quelle est la probabilité que vous nous recommandiez à un ami ?</translation>
    </message>
    <message>
      <source>Answer {0} of 10</source>
      <translation>Réponse {0} sur 10</translation>
    </message>
    <message>
      <source>0 = not at all likely</source>
      <translation>0 = pas du tout probable</translation>
    </message>
    <message>
      <source>10 = extremely likely</source>
      <translation>10 = extrêmement probable</translation>
    </message>
    <message>
      <source>No answer</source>
      <translation>Pas de réponse</translation>
    </message>
    <message>
      <source>The client did not answer.</source>
      <translation>Le client n’a pas répondu.</translation>
    </message>
    <message>
      <source>A promoter: a good moment to talk about referrals.</source>
      <translation>Un promoteur : un bon moment pour parler de recommandations.</translation>
    </message>
    <message>
      <source>Passive.</source>
      <translation>Passif.</translation>
    </message>
    <message>
      <source>A detractor: ask what would make it better.</source>
      <translation>Un détracteur : demandez ce qui améliorerait les choses.</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>Calendrier</translation>
    </message>
    <message>
      <source>All tiers</source>
      <translation>Tous les niveaux</translation>
    </message>
    <message>
      <source>All segments</source>
      <translation>Tous les segments</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Afficher :</translation>
    </message>
    <message>
      <source>Export to calendar…</source>
      <translation>Exporter vers le calendrier…</translation>
    </message>
    <message>
      <source>Save the booked reviews as an .ics file for Outlook, Google Calendar or Apple Calendar. Importing a newer file updates the events instead of doubling them.</source>
      <translation>Enregistrer les bilans prévus dans un fichier .ics pour Outlook, Google Agenda ou Calendrier d’Apple. Importer un fichier plus récent met à jour les événements au lieu de les dédoubler.</translation>
    </message>
    <message>
      <source>Due in the</source>
      <translation>À faire dans les</translation>
    </message>
    <message>
      <source>Open client</source>
      <translation>Ouvrir le client</translation>
    </message>
    <message>
      <source>Record a review…</source>
      <translation>Noter un bilan…</translation>
    </message>
    <message>
      <source>Schedule…</source>
      <translation>Planifier…</translation>
    </message>
    <message>
      <source>Not yet recorded, and the coming</source>
      <translation>Pas encore notés, et les</translation>
    </message>
    <message>
      <source> weeks</source>
      <translation> semaines</translation>
    </message>
    <message>
      <source>Cancel review…</source>
      <translation>Annuler le bilan…</translation>
    </message>
    <message>
      <source>Move…</source>
      <translation>Déplacer…</translation>
    </message>
    <message>
      <source>Complete…</source>
      <translation>Terminer…</translation>
    </message>
    <message>
      <source>Where a client's record points to another segment than the one you chose: latest NPS, reviews in the last 12 months against the cadence, a written plan and referrals given. Accept to change the segment, or leave it as it is.</source>
      <translation>Quand le dossier d’un client indique un autre segment que celui que vous avez choisi : dernier NPS, bilans des 12 derniers mois par rapport à la fréquence, plan écrit et recommandations faites. Acceptez pour changer le segment, ou laissez-le tel quel.</translation>
    </message>
    <message>
      <source>Accept selected</source>
      <translation>Accepter la sélection</translation>
    </message>
    <message>
      <source>Overdue ({0})</source>
      <translation>En retard ({0})</translation>
    </message>
    <message>
      <source>Due soon ({0})</source>
      <translation>Bientôt ({0})</translation>
    </message>
    <message>
      <source>Booked ({0})</source>
      <translation>Prévus ({0})</translation>
    </message>
    <message>
      <source>Suggested segments ({0})</source>
      <translation>Segments suggérés ({0})</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Chargement…</translation>
    </message>
    <message>
      <source>Select a row first.</source>
      <translation>Sélectionnez d’abord une ligne.</translation>
    </message>
    <message>
      <source>Pick a review in the day's list first.</source>
      <translation>Choisissez d’abord un bilan dans la liste du jour.</translation>
    </message>
    <message>
      <source>Select the suggestions to accept first.</source>
      <translation>Sélectionnez d’abord les suggestions à accepter.</translation>
    </message>
    <message>
      <source>Cancel export</source>
      <translation>Annuler l’exportation</translation>
    </message>
    <message>
      <source>How many portfolio reviews a year each service tier gets. A client's own "reviews a year" (on their record) takes precedence over the tier.</source>
      <translation>Le nombre de bilans de portefeuille par an pour chaque niveau de service. Le nombre « bilans par an » propre à un client (dans sa fiche) l’emporte sur celui du niveau.</translation>
    </message>
    <message>
      <source> a year</source>
      <translation> par an</translation>
    </message>
    <message>
      <source>Tier {0}:</source>
      <translation>Niveau {0} :</translation>
    </message>
    <message>
      <source>Cadences that divide the year (1, 2, 3, 4, 6, 12) count calendar months; others count days (5 a year: every 73 days).</source>
      <translation>Les fréquences qui divisent l’année (1, 2, 3, 4, 6, 12) comptent en mois civils ; les autres comptent en jours (5 par an : tous les 73 jours).</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>En personne</translation>
    </message>
    <message>
      <source>Video call</source>
      <translation>Visioconférence</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>Appel téléphonique</translation>
    </message>
  </context>
  <context>
    <name>Safety</name>
    <message>
      <source>&amp;Audit log…</source>
      <translation>&amp;Journal d’audit…</translation>
    </message>
    <message>
      <source>&amp;Verify audit trail…</source>
      <translation>&amp;Vérifier la piste d’audit…</translation>
    </message>
    <message>
      <source>&amp;Back up now…</source>
      <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
      <source>&amp;Restore a backup…</source>
      <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
      <source>Backups and &amp;lock…</source>
      <translation>Sauvegardes et &amp;verrouillage…</translation>
    </message>
    <message>
      <source>Change &amp;passphrase…</source>
      <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
      <source>Remove &amp;encryption…</source>
      <translation>Retirer le &amp;chiffrement…</translation>
    </message>
    <message>
      <source>Loc&amp;k now</source>
      <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
      <source>&amp;Encrypt this book…</source>
      <translation>&amp;Chiffrer ce carnet…</translation>
    </message>
    <message>
      <source>The book at {0} is damaged: {1}. Work saved from now on may be lost. Restore a backup now?</source>
      <translation>Le carnet situé à {0} est endommagé : {1}. Le travail enregistré à partir de maintenant pourrait être perdu. Restaurer une sauvegarde maintenant ?</translation>
    </message>
    <message>
      <source>The automatic backup failed: {0}</source>
      <translation>La sauvegarde automatique a échoué : {0}</translation>
    </message>
    <message>
      <source>History of contact {0}</source>
      <translation>Historique du contact {0}</translation>
    </message>
    <message>
      <source>Back up the book</source>
      <translation>Sauvegarder le carnet</translation>
    </message>
    <message>
      <source>Books (*.sqlite3)</source>
      <translation>Carnets (*.sqlite3)</translation>
    </message>
    <message>
      <source>Backed up the book to {0}.</source>
      <translation>Carnet sauvegardé dans {0}.</translation>
    </message>
    <message>
      <source>Choose a backup to restore</source>
      <translation>Choisir une sauvegarde à restaurer</translation>
    </message>
    <message>
      <source>Books (*.sqlite3 *.db);;All files (*)</source>
      <translation>Carnets (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Put {0} in place of the open book? The book as it is now is kept beside it under a new name; the app closes the book and opens the backup.</source>
      <translation>Mettre {0} à la place du carnet ouvert ? Le carnet actuel est conservé à côté sous un nouveau nom ; l’application ferme le carnet et ouvre la sauvegarde.</translation>
    </message>
    <message>
      <source>Encrypt this book</source>
      <translation>Chiffrer ce carnet</translation>
    </message>
    <message>
      <source>Choose a passphrase. Without it nobody, you included, can open the book or its backups: keep it somewhere safe. The unencrypted file is overwritten and deleted unless you keep a copy below.</source>
      <translation>Choisissez une phrase secrète. Sans elle, personne, vous compris, ne peut ouvrir le carnet ni ses sauvegardes : conservez-la en lieu sûr. Le fichier non chiffré est écrasé puis supprimé, sauf si vous en gardez une copie ci-dessous.</translation>
    </message>
    <message>
      <source>&amp;Keep an unencrypted copy beside the book</source>
      <translation>&amp;Garder une copie non chiffrée à côté du carnet</translation>
    </message>
    <message>
      <source>Encrypting the book…</source>
      <translation>Chiffrement du carnet…</translation>
    </message>
    <message>
      <source>Enter the current passphrase.</source>
      <translation>Saisissez la phrase secrète actuelle.</translation>
    </message>
    <message>
      <source>Change the passphrase</source>
      <translation>Changer la phrase secrète</translation>
    </message>
    <message>
      <source>Backups made before the change keep the old passphrase.</source>
      <translation>Les sauvegardes faites avant le changement gardent l’ancienne phrase secrète.</translation>
    </message>
    <message>
      <source>The book now opens with the new passphrase.</source>
      <translation>Le carnet s’ouvre désormais avec la nouvelle phrase secrète.</translation>
    </message>
    <message>
      <source>Changing the passphrase…</source>
      <translation>Changement de la phrase secrète…</translation>
    </message>
    <message>
      <source>Removing the encryption leaves the book readable by anyone who can read the file. Enter the passphrase to go on.</source>
      <translation>Retirer le chiffrement rend le carnet lisible par quiconque peut lire le fichier. Saisissez la phrase secrète pour continuer.</translation>
    </message>
    <message>
      <source>Removing the encryption…</source>
      <translation>Retrait du chiffrement…</translation>
    </message>
  </context>
  <context>
    <name>SafetySettings</name>
    <message>
      <source>Backups and lock</source>
      <translation>Sauvegardes et verrouillage</translation>
    </message>
    <message>
      <source>&amp;Choose…</source>
      <translation>&amp;Choisir…</translation>
    </message>
    <message>
      <source> days</source>
      <translation> jours</translation>
    </message>
    <message>
      <source> weeks</source>
      <translation> semaines</translation>
    </message>
    <message>
      <source> minutes</source>
      <translation> minutes</translation>
    </message>
    <message>
      <source>never</source>
      <translation>jamais</translation>
    </message>
    <message>
      <source>Backup &amp;folder:</source>
      <translation>&amp;Dossier des sauvegardes :</translation>
    </message>
    <message>
      <source>Keep the last backup of each of the last</source>
      <translation>Garder la dernière sauvegarde de chacun des derniers</translation>
    </message>
    <message>
      <source>and of each of the last</source>
      <translation>et de chacune des dernières</translation>
    </message>
    <message>
      <source>&amp;Lock an encrypted book after</source>
      <translation>&amp;Verrouiller un carnet chiffré après</translation>
    </message>
    <message>
      <source>A backup is made when you close the app and once a day while it is open.</source>
      <translation>Une sauvegarde est faite à la fermeture de l’application et une fois par jour pendant qu’elle est ouverte.</translation>
    </message>
    <message>
      <source>Backup folder</source>
      <translation>Dossier des sauvegardes</translation>
    </message>
  </context>
  <context>
    <name>Segments</name>
    <message>
      <source>Engaged</source>
      <translation>Engagé</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>Satisfait</translation>
    </message>
    <message>
      <source>Complacent</source>
      <translation>Passif</translation>
    </message>
    <message>
      <source>Disgruntled</source>
      <translation>Mécontent</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Inconnu</translation>
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <source>{0} (read-only)</source>
      <translation>{0} (lecture seule)</translation>
    </message>
    <message>
      <source>Read-only: you can look, export and print; changes cannot be saved</source>
      <translation>Lecture seule : vous pouvez consulter, exporter et imprimer ; les modifications ne peuvent pas être enregistrées</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <source>Kits in another language print the wording given here; a default kind left as it is prints the wording the app ships.</source>
      <translation>Les carnets dans une autre langue impriment la formulation indiquée ici ; un type par défaut laissé tel quel imprime la formulation fournie par l’application.</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <source>Talking point (printed in the kit)</source>
      <translation>Argument (imprimé dans le carnet)</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Actif</translation>
    </message>
    <message>
      <source>In use</source>
      <translation>Utilisé</translation>
    </message>
    <message>
      <source>Add a kind</source>
      <translation>Ajouter un type</translation>
    </message>
    <message>
      <source>Delete kind</source>
      <translation>Supprimer le type</translation>
    </message>
    <message>
      <source>A kind that logged triggers use cannot be deleted: clear Active to retire it. It stays on those triggers and is no longer offered for new ones.</source>
      <translation>Un type utilisé par des déclencheurs notés ne peut pas être supprimé : décochez Actif pour le retirer. Il reste sur ces déclencheurs et n’est plus proposé pour les nouveaux.</translation>
    </message>
    <message>
      <source>Placeholders: {0}</source>
      <translation>Champs à remplacer : {0}</translation>
    </message>
    <message>
      <source> days</source>
      <translation> jours</translation>
    </message>
    <message>
      <source>Conversation triggers to listen for</source>
      <translation>Déclencheurs de conversation à guetter</translation>
    </message>
    <message>
      <source>Wording for kits in:</source>
      <translation>Formulation des carnets en :</translation>
    </message>
    <message>
      <source>Thank-you note</source>
      <translation>Mot de remerciement</translation>
    </message>
    <message>
      <source>Subject:</source>
      <translation>Objet :</translation>
    </message>
    <message>
      <source>Message:</source>
      <translation>Message :</translation>
    </message>
    <message>
      <source>Preview:</source>
      <translation>Aperçu :</translation>
    </message>
    <message>
      <source>Ask list</source>
      <translation>Liste des sollicitations</translation>
    </message>
    <message>
      <source>Ask a client again after:</source>
      <translation>Solliciter de nouveau un client après :</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>Recommandations</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <source>In use: retire it instead (clear Active)</source>
      <translation>Utilisé : retirez-le plutôt (décochez Actif)</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <source>Fix the fields marked in red first.</source>
      <translation>Corrigez d’abord les champs marqués en rouge.</translation>
    </message>
    <message>
      <source>Referral kits and quarterly reports print these details.</source>
      <translation>Les carnets de recommandation et les rapports trimestriels impriment ces informations.</translation>
    </message>
    <message>
      <source>As the system is set</source>
      <translation>Comme le système</translation>
    </message>
    <message>
      <source>The app shows its menus, pages and messages in this language from the next time it starts. A client's kit is written in the client's own language (see the contact's Kit language).</source>
      <translation>L’application affiche ses menus, ses pages et ses messages dans cette langue à partir de son prochain démarrage. Le carnet d’un client est rédigé dans la langue du client (voir la langue du carnet dans sa fiche).</translation>
    </message>
    <message>
      <source>Language of the app:</source>
      <translation>Langue de l’application :</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>Profil</translation>
    </message>
    <message>
      <source>Kit Branding</source>
      <translation>Image des carnets</translation>
    </message>
    <message>
      <source>Review Cadence</source>
      <translation>Fréquence des bilans</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
  </context>
  <context>
    <name>Status</name>
    <message>
      <source>The book open in this window</source>
      <translation>Le carnet ouvert dans cette fenêtre</translation>
    </message>
    <message numerus="yes">
      <source>%Ln contact</source>
      <comment>%Ln contacts</comment>
      <translation>
        <numerusform>%Ln contact</numerusform>
        <numerusform>%Ln contacts</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>Portfolio review (NPS {0})</source>
      <translation>Bilan de portefeuille (NPS {0})</translation>
    </message>
    <message>
      <source>Portfolio review</source>
      <translation>Bilan de portefeuille</translation>
    </message>
    <message>
      <source>Portfolio review scheduled</source>
      <translation>Bilan de portefeuille prévu</translation>
    </message>
    <message>
      <source>Portfolio review cancelled</source>
      <translation>Bilan de portefeuille annulé</translation>
    </message>
    <message>
      <source>Portfolio review missed</source>
      <translation>Bilan de portefeuille manqué</translation>
    </message>
    <message>
      <source>Trigger: {0}</source>
      <translation>Déclencheur : {0}</translation>
    </message>
    <message>
      <source>Referred {0}</source>
      <translation>A recommandé {0}</translation>
    </message>
    <message>
      <source>Referred by {0}</source>
      <translation>Recommandé par {0}</translation>
    </message>
    <message>
      <source>Referral kit generated</source>
      <translation>Carnet de recommandation préparé</translation>
    </message>
    <message>
      <source>Introduced to {0}</source>
      <translation>Présenté à {0}</translation>
    </message>
    <message>
      <source>You introduced {0}</source>
      <translation>Vous avez présenté {0}</translation>
    </message>
    <message>
      <source>Became a client</source>
      <translation>Est devenu client</translation>
    </message>
    <message>
      <source>Added to the book</source>
      <translation>Ajouté au carnet</translation>
    </message>
    <message>
      <source>referral conversation held</source>
      <translation>conversation sur les recommandations</translation>
    </message>
    <message numerus="yes">
      <source>%Ln page</source>
      <comment>%Ln pages</comment>
      <translation>
        <numerusform>%Ln page</numerusform>
        <numerusform>%Ln pages</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Today</name>
    <message>
      <source>Today</source>
      <translation>Aujourd’hui</translation>
    </message>
    <message>
      <source>Clients</source>
      <translation>Clients</translation>
    </message>
    <message>
      <source>Prospects</source>
      <translation>Prospects</translation>
    </message>
    <message>
      <source>Centers of influence</source>
      <translation>Prescripteurs</translation>
    </message>
    <message>
      <source>Reviews overdue</source>
      <translation>Bilans en retard</translation>
    </message>
    <message>
      <source>Your Book</source>
      <translation>Votre carnet</translation>
    </message>
    <message>
      <source>No contacts yet.</source>
      <translation>Pas encore de contacts.</translation>
    </message>
    <message>
      <source>Recently Added</source>
      <translation>Ajoutés récemment</translation>
    </message>
    <message>
      <source>Nothing here today.</source>
      <translation>Rien pour aujourd’hui.</translation>
    </message>
    <message>
      <source>… and {0} more</source>
      <translation>… et {0} de plus</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <source>Contacted today</source>
      <translation>Contacté aujourd’hui</translation>
    </message>
    <message>
      <source>Referrals waiting for a first contact</source>
      <translation>Recommandations en attente d’un premier contact</translation>
    </message>
    <message>
      <source>Referred person</source>
      <translation>Personne recommandée</translation>
    </message>
    <message>
      <source>Referred by</source>
      <translation>Recommandé par</translation>
    </message>
    <message>
      <source>Follow up by</source>
      <translation>Relancer avant le</translation>
    </message>
    <message>
      <source>Every new referral has been contacted.</source>
      <translation>Chaque nouvelle recommandation a été contactée.</translation>
    </message>
    <message>
      <source>Overdue follow-ups</source>
      <translation>Relances en retard</translation>
    </message>
    <message>
      <source>Was due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>{0} ({1} days late)</source>
      <translation>{0} ({1} jours de retard)</translation>
    </message>
    <message>
      <source>No referral has waited more than two days.</source>
      <translation>Aucune recommandation n’a attendu plus de deux jours.</translation>
    </message>
    <message>
      <source>Thank-yous owed</source>
      <translation>Remerciements à faire</translation>
    </message>
    <message>
      <source>Thank</source>
      <translation>Remercier</translation>
    </message>
    <message>
      <source>For referring</source>
      <translation>Pour avoir recommandé</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Reçue</translation>
    </message>
    <message>
      <source>Say thank you</source>
      <translation>Remercier</translation>
    </message>
    <message>
      <source>Everyone who referred lately has been thanked.</source>
      <translation>Tous ceux qui ont recommandé récemment ont été remerciés.</translation>
    </message>
    <message>
      <source>Compensated referrals missing a disclosure</source>
      <translation>Recommandations rémunérées sans divulgation</translation>
    </message>
    <message>
      <source>Promoter</source>
      <translation>Promoteur</translation>
    </message>
    <message>
      <source>Compensation</source>
      <translation>Rémunération</translation>
    </message>
    <message>
      <source>Record the disclosure…</source>
      <translation>Noter la divulgation…</translation>
    </message>
    <message>
      <source>Every compensated referral has its disclosure.</source>
      <translation>Chaque recommandation rémunérée a sa divulgation.</translation>
    </message>
    <message>
      <source>Engaged, tier A client</source>
      <translation>Client engagé, niveau A</translation>
    </message>
    <message>
      <source>Engaged client</source>
      <translation>Client engagé</translation>
    </message>
    <message>
      <source>Tier A client</source>
      <translation>Client de niveau A</translation>
    </message>
    <message>
      <source>Gave {0} at the review on {1}</source>
      <translation>A donné {0} au bilan du {1}</translation>
    </message>
    <message>
      <source>{0} on {1}</source>
      <translation>{0} le {1}</translation>
    </message>
    <message>
      <source>Never had a referral conversation</source>
      <translation>Jamais eu de conversation sur les recommandations</translation>
    </message>
    <message>
      <source>No referral conversation in {0} days (last on {1})</source>
      <translation>Aucune conversation sur les recommandations depuis {0} jours (la dernière le {1})</translation>
    </message>
    <message>
      <source>; </source>
      <translation> ; </translation>
    </message>
    <message>
      <source>Who to ask for a referral</source>
      <translation>À qui demander une recommandation</translation>
    </message>
    <message>
      <source>Client</source>
      <translation>Client</translation>
    </message>
    <message>
      <source>Why now</source>
      <translation>Pourquoi maintenant</translation>
    </message>
    <message>
      <source>Log the conversation…</source>
      <translation>Noter la conversation…</translation>
    </message>
    <message>
      <source>Nobody right now: the list fills after positive reviews and life events.</source>
      <translation>Personne pour l’instant : la liste se remplit après les bilans positifs et les événements de la vie.</translation>
    </message>
    <message>
      <source>Reviews this week</source>
      <translation>Bilans de la semaine</translation>
    </message>
    <message>
      <source>{0} — due {1}, not booked</source>
      <translation>{0} — à faire le {1}, non prévu</translation>
    </message>
    <message>
      <source>Overdue reviews</source>
      <translation>Bilans en retard</translation>
    </message>
    <message>
      <source>, booked for {0}</source>
      <translation>, prévu le {0}</translation>
    </message>
  </context>
  <context>
    <name>TodayKpis</name>
    <message>
      <source>Referrals received</source>
      <translation>Recommandations reçues</translation>
    </message>
    <message>
      <source>Conversion rate</source>
      <translation>Taux de conversion</translation>
    </message>
    <message>
      <source>Net Promoter Score</source>
      <translation>Net Promoter Score</translation>
    </message>
    <message>
      <source>Clients who referred, last 12 months</source>
      <translation>Clients ayant recommandé, 12 derniers mois</translation>
    </message>
    <message>
      <source>This quarter so far</source>
      <translation>Ce trimestre à ce jour</translation>
    </message>
    <message>
      <source>&lt;b&gt;{0}&lt;/b&gt; to date</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt; à ce jour</translation>
    </message>
    <message>
      <source>{0} intended introductions</source>
      <translation>{0} présentations annoncées</translation>
    </message>
    <message>
      <source>{0} converted</source>
      <translation>{0} converties</translation>
    </message>
    <message>
      <source>{0} responses</source>
      <translation>{0} réponses</translation>
    </message>
    <message>
      <source>Field benchmark {0}</source>
      <translation>Repère du secteur {0}</translation>
    </message>
  </context>
  <context>
    <name>Triggers</name>
    <message>
      <source>Edit trigger</source>
      <translation>Modifier le déclencheur</translation>
    </message>
    <message>
      <source>Log a trigger</source>
      <translation>Noter un déclencheur</translation>
    </message>
    <message>
      <source>What happened, in their words</source>
      <translation>Ce qui s’est passé, dans ses mots</translation>
    </message>
    <message>
      <source>We talked about referrals</source>
      <translation>Nous avons parlé de recommandations</translation>
    </message>
    <message>
      <source>&amp;Contact:</source>
      <translation>&amp;Contact :</translation>
    </message>
    <message>
      <source>&amp;What happened:</source>
      <translation>&amp;Ce qui s’est passé :</translation>
    </message>
    <message>
      <source>&amp;When:</source>
      <translation>&amp;Quand :</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Notes :</translation>
    </message>
    <message>
      <source>{0} (retired)</source>
      <translation>{0} (retiré)</translation>
    </message>
    <message>
      <source>Choose the contact from the list that appears as you type.</source>
      <translation>Choisissez le contact dans la liste qui s’affiche pendant la saisie.</translation>
    </message>
    <message>
      <source>Choose what happened.</source>
      <translation>Choisissez ce qui s’est passé.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <source>{0} referral(s)</source>
      <translation>{0} recommandation(s)</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Ce qui s’est passé</translation>
    </message>
    <message>
      <source>Talked about referrals</source>
      <translation>A parlé de recommandations</translation>
    </message>
    <message>
      <source>Referral followed</source>
      <translation>Recommandation obtenue</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>Tous les types</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Au</translation>
    </message>
    <message>
      <source>With or without a referral</source>
      <translation>Avec ou sans recommandation</translation>
    </message>
    <message>
      <source>A referral followed</source>
      <translation>Une recommandation a suivi</translation>
    </message>
    <message>
      <source>No referral yet</source>
      <translation>Pas encore de recommandation</translation>
    </message>
    <message>
      <source>Log a trigger…</source>
      <translation>Noter un déclencheur…</translation>
    </message>
    <message>
      <source>Ctrl+T from anywhere</source>
      <translation>Ctrl+T depuis n’importe où</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <source>Record a referral from it…</source>
      <translation>Enregistrer une recommandation à partir de celui-ci…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>{0} triggers</source>
      <translation>{0} déclencheurs</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <source>Add {0}</source>
      <translation>Ajouter {0}</translation>
    </message>
    <message>
      <source>Edit {0}</source>
      <translation>Modifier {0}</translation>
    </message>
    <message>
      <source>Archive {0}</source>
      <translation>Archiver {0}</translation>
    </message>
    <message>
      <source>Restore {0}</source>
      <translation>Restaurer {0}</translation>
    </message>
    <message>
      <source>Rename household {0} to {1}</source>
      <translation>Renommer le foyer {0} en {1}</translation>
    </message>
    <message>
      <source>Merge {0} into {1}</source>
      <translation>Fusionner {0} dans {1}</translation>
    </message>
    <message numerus="yes">
      <source>Archive %Ln contact</source>
      <comment>Archive %Ln contacts</comment>
      <translation>
        <numerusform>Archiver %Ln contact</numerusform>
        <numerusform>Archiver %Ln contacts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Restore %Ln contact</source>
      <comment>Restore %Ln contacts</comment>
      <translation>
        <numerusform>Restaurer %Ln contact</numerusform>
        <numerusform>Restaurer %Ln contacts</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Welcome</name>
    <message>
      <source>Welcome to Advisor Referrals</source>
      <translation>Bienvenue dans Advisor Referrals</translation>
    </message>
    <message>
      <source>Your client book is empty. How would you like to start?</source>
      <translation>Votre carnet de clients est vide. Comment voulez-vous commencer ?</translation>
    </message>
    <message>
      <source>Start an empty book</source>
      <translation>Commencer un carnet vide</translation>
    </message>
    <message>
      <source>Add your clients one by one, or import them later.</source>
      <translation>Ajoutez vos clients un par un, ou importez-les plus tard.</translation>
    </message>
    <message>
      <source>Open a demo book</source>
      <translation>Ouvrir un carnet de démonstration</translation>
    </message>
    <message>
      <source>250 made-up clients with referrals, triggers and reviews to explore.</source>
      <translation>250 clients fictifs, avec recommandations, déclencheurs et bilans, à explorer.</translation>
    </message>
    <message>
      <source>Import contacts from CSV</source>
      <translation>Importer des contacts depuis un CSV</translation>
    </message>
    <message>
      <source>Bring your clients over from a spreadsheet or another CRM.</source>
      <translation>Reprenez vos clients depuis un tableur ou un autre CRM.</translation>
    </message>
    <message>
      <source>About you</source>
      <translation>À propos de vous</translation>
    </message>
    <message>
      <source>Printed on referral kits and reports. You can change it in Settings.</source>
      <translation>Imprimé sur les carnets de recommandation et les rapports. Vous pouvez le modifier dans les Paramètres.</translation>
    </message>
    <message>
      <source>Filling the demo book…</source>
      <translation>Remplissage du carnet de démonstration…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Demo Book</source>
      <translation>Carnet de démonstration</translation>
    </message>
  </context>
</TS>