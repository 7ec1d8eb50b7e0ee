<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
  <context>
    <name>About</name>
    <message>
      <source>{0} is built with these libraries:</source>
      <translation>{0} está hecho con estas bibliotecas:</translation>
    </message>
    <message>
      <source>Some of them carry libraries of other projects inside them:</source>
      <translation>Algunas incluyen bibliotecas de otros proyectos:</translation>
    </message>
    <message>
      <source>Qt, PySide6, psycopg and python-bidi are used under the GNU Lesser General Public License version 3 (below). They are separate shared libraries in the installation folder, and you may replace them with compatible versions of your own. Each library's licence text follows, as its package carries it (also in its *.dist-info folder in the installation folder).</source>
      <translation>Qt, PySide6, psycopg y python-bidi se usan bajo la Licencia Pública General Reducida de GNU, versión 3 (abajo). Son bibliotecas compartidas independientes, en la carpeta de instalación, y puede sustituirlas por versiones compatibles propias. A continuación figura el texto de licencia de cada biblioteca, tal como lo trae su paquete (también en su carpeta *.dist-info de la carpeta de instalación).</translation>
    </message>
    <message>
      <source>Referral kits and reports embed these fonts:</source>
      <translation>Las guías de recomendación y los informes incorporan estas fuentes:</translation>
    </message>
    <message>
      <source>About {0}</source>
      <translation>Acerca de {0}</translation>
    </message>
    <message>
      <source>Libraries</source>
      <translation>Bibliotecas</translation>
    </message>
    <message>
      <source>Fonts</source>
      <translation>Fuentes</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Acerca de Qt</translation>
    </message>
    <message>
      <source>Inside</source>
      <translation>Incluida en</translation>
    </message>
    <message>
      <source>Keeps your client book and helps you earn referrals.</source>
      <translation>Lleva su cartera de clientes y le ayuda a conseguir recomendaciones.</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>Biblioteca</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>Licencia</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Versión</translation>
    </message>
    <message>
      <source>Version {0}</source>
      <translation>Versión {0}</translation>
    </message>
  </context>
  <context>
    <name>Audit</name>
    <message>
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <source>User</source>
      <translation>Usuario</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Registro</translation>
    </message>
    <message>
      <source>What changed</source>
      <translation>Qué cambió</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Registro de auditoría</translation>
    </message>
    <message>
      <source>&amp;From</source>
      <translation>&amp;Desde</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Todos</translation>
    </message>
    <message>
      <source>All records</source>
      <translation>Todos los registros</translation>
    </message>
    <message>
      <source>any id</source>
      <translation>cualquier id</translation>
    </message>
    <message>
      <source>Words in the summary</source>
      <translation>Palabras del resumen</translation>
    </message>
    <message>
      <source>&amp;Export to CSV…</source>
      <translation>&amp;Exportar a CSV…</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Actualizar</translation>
    </message>
    <message>
      <source>&amp;Undo this import…</source>
      <translation>&amp;Deshacer esta importación…</translation>
    </message>
    <message>
      <source>Remove the contacts this import added and restore those it updated (contacts changed since are named first)</source>
      <translation>Quitar los contactos que agregó esta importación y restaurar los que actualizó (primero se nombran los contactos cambiados desde entonces)</translation>
    </message>
    <message>
      <source>to</source>
      <translation>hasta</translation>
    </message>
    <message>
      <source>{0} entries</source>
      <translation>{0} entradas</translation>
    </message>
    <message>
      <source>Export the audit log</source>
      <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
      <source>Exported {0} entries to {1}. The export is recorded in the audit log.</source>
      <translation>Se exportaron {0} entradas a {1}. La exportación queda anotada en el registro de auditoría.</translation>
    </message>
    <message>
      <source>Checking every audit entry against its hash…</source>
      <translation>Comprobando cada entrada de auditoría con su hash…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Verify audit trail</source>
      <translation>Verificar el registro de auditoría</translation>
    </message>
    <message>
      <source>{0}.

Keep this book as it is and tell your compliance officer; the entries before this one match their hashes.</source>
      <translation>{0}.

Conserve esta cartera tal como está e informe a su responsable de cumplimiento; las entradas anteriores coinciden con sus hashes.</translation>
    </message>
  </context>
  <context>
    <name>Clients</name>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Preferred name</source>
      <translation>Nombre preferido</translation>
    </message>
    <message>
      <source>Relationship</source>
      <translation>Relación</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>Segmento</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>Nivel</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Correo</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Ciudad</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>Hogar</translation>
    </message>
    <message>
      <source>Client since</source>
      <translation>Cliente desde</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Etiquetas</translation>
    </message>
    <message>
      <source>(removed)</source>
      <translation>(eliminado)</translation>
    </message>
    <message>
      <source>Search names, emails, phones, places, tags…</source>
      <translation>Buscar nombres, correos, teléfonos, lugares, etiquetas…</translation>
    </message>
    <message>
      <source>All relationships</source>
      <translation>Relaciones: todas</translation>
    </message>
    <message>
      <source>All segments</source>
      <translation>Segmentos: todos</translation>
    </message>
    <message>
      <source>All tiers</source>
      <translation>Niveles: todos</translation>
    </message>
    <message>
      <source>All tags</source>
      <translation>Etiquetas: todas</translation>
    </message>
    <message>
      <source>Review overdue</source>
      <translation>Revisión atrasada</translation>
    </message>
    <message>
      <source>Clients whose last portfolio review is older than their cadence allows</source>
      <translation>Clientes cuya última revisión de cartera es más antigua de lo que permite su frecuencia</translation>
    </message>
    <message>
      <source>Show archived</source>
      <translation>Mostrar archivados</translation>
    </message>
    <message>
      <source>Clients</source>
      <translation>Clientes</translation>
    </message>
    <message>
      <source>New Contact…</source>
      <translation>Nuevo contacto…</translation>
    </message>
    <message>
      <source>Export View…</source>
      <translation>Exportar vista…</translation>
    </message>
    <message>
      <source>Save the contacts listed here, in this order, as a CSV file</source>
      <translation>Guardar los contactos que se muestran aquí, en este orden, en un archivo CSV</translation>
    </message>
    <message>
      <source>Columns</source>
      <translation>Columnas</translation>
    </message>
    <message numerus="yes">
      <source>%Ln contact</source>
      <comment>%Ln contacts</comment>
      <translation>
        <numerusform>%Ln contacto</numerusform>
        <numerusform>%Ln contactos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln match so far…</source>
      <comment>%Ln matches so far…</comment>
      <translation>
        <numerusform>%Ln coincidencia por ahora…</numerusform>
        <numerusform>%Ln coincidencias por ahora…</numerusform>
      </translation>
    </message>
    <message>
      <source>Searching…</source>
      <translation>Buscando…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <source>Merge 2 Contacts…</source>
      <translation>Combinar 2 contactos…</translation>
    </message>
    <message>
      <source>Select the two records of one person to merge them</source>
      <translation>Seleccione los dos registros de una misma persona para combinarlos</translation>
    </message>
    <message>
      <source>Log Trigger…</source>
      <translation>Anotar un detonante…</translation>
    </message>
    <message>
      <source>Record Referral…</source>
      <translation>Registrar una recomendación…</translation>
    </message>
    <message>
      <source>Schedule Review…</source>
      <translation>Agendar una revisión…</translation>
    </message>
    <message>
      <source>Generate Kits In</source>
      <translation>Preparar las guías en</translation>
    </message>
    <message>
      <source>Export Contacts</source>
      <translation>Exportar contactos</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
      <source>Exported %Ln contact to {0}</source>
      <comment>Exported %Ln contacts to {0}</comment>
      <translation>
        <numerusform>Se exportó %Ln contacto a {0}</numerusform>
        <numerusform>Se exportaron %Ln contactos a {0}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Archive</source>
      <comment>Archive %Ln Contacts</comment>
      <translation>
        <numerusform>Archivar</numerusform>
        <numerusform>Archivar %Ln contactos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Generate Kit…</source>
      <comment>Generate %Ln Kits…</comment>
      <translation>
        <numerusform>Preparar la guía…</numerusform>
        <numerusform>Preparar %Ln guías…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Restore</source>
      <comment>Restore %Ln Contacts</comment>
      <translation>
        <numerusform>Restaurar</numerusform>
        <numerusform>Restaurar %Ln contactos</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Conflicts</name>
    <message>
      <source>Changed by someone else</source>
      <translation>Modificado por otra persona</translation>
    </message>
    <message>
      <source>Reload</source>
      <translation>Volver a cargar</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <source>Has a written plan, meets you several times a year and is asked for their opinion: nearly all referrals come from these clients.</source>
      <translation>Tiene un plan por escrito, se reúne con usted varias veces al año y se le pide su opinión: casi todas las recomendaciones vienen de estos clientes.</translation>
    </message>
    <message>
      <source>Satisfied, but not involved enough to refer.</source>
      <translation>Satisfecho, pero no lo bastante involucrado para recomendar.</translation>
    </message>
    <message>
      <source>Rarely in touch; stays out of habit more than conviction.</source>
      <translation>Rara vez en contacto; se queda más por costumbre que por convicción.</translation>
    </message>
    <message>
      <source>Unhappy with the service; at risk of leaving.</source>
      <translation>Descontento con el servicio; podría irse.</translation>
    </message>
    <message>
      <source>Not decided yet: left out of the ask list and the engaged figures.</source>
      <translation>Aún sin decidir: queda fuera de la lista de solicitudes y de las cifras de clientes comprometidos.</translation>
    </message>
    <message>
      <source>Engaged: written plan, regular reviews, asked for their view (they refer). Content: satisfied but passive. Complacent: rarely in touch. Disgruntled: unhappy. Unknown until you decide.</source>
      <translation>Comprometido: plan por escrito, revisiones periódicas, se le pide su opinión (recomienda). Satisfecho: contento pero pasivo. Indiferente: rara vez en contacto. Descontento: insatisfecho. Desconocido hasta que usted decida.</translation>
    </message>
    <message>
      <source>Edit Contact</source>
      <translation>Editar contacto</translation>
    </message>
    <message>
      <source>New Contact</source>
      <translation>Nuevo contacto</translation>
    </message>
    <message>
      <source>e.g. CPA, attorney</source>
      <translation>p. ej., contador, abogado</translation>
    </message>
    <message>
      <source>Not set (kits in English)</source>
      <translation>Sin definir (guías en inglés)</translation>
    </message>
    <message>
      <source>The language this contact's referral kit is written in</source>
      <translation>El idioma en que se redacta la guía de recomendación de este contacto</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Ninguno</translation>
    </message>
    <message>
      <source>As the tier sets</source>
      <translation>Según el nivel</translation>
    </message>
    <message>
      <source>e.g. retiree, golf</source>
      <translation>p. ej., jubilado, golf</translation>
    </message>
  </context>
  <context>
    <name>Damaged</name>
    <message>
      <source>The book cannot be used</source>
      <translation>No se puede usar la cartera de clientes</translation>
    </message>
    <message>
      <source>This book cannot be used as it is.</source>
      <translation>Esta cartera de clientes no se puede usar tal como está.</translation>
    </message>
    <message>
      <source>The latest backup is from {0}. Restoring it puts it in place of the damaged book, which is kept beside it under a new name. Changes made since the backup are not in it.</source>
      <translation>La copia de seguridad más reciente es del {0}. Al restaurarla, ocupa el lugar de la cartera dañada, que se conserva al lado con otro nombre. Los cambios hechos después de la copia no están en ella.</translation>
    </message>
    <message>
      <source>No automatic backup of this book was found. If you have a backup file, choose it to restore it; the damaged book is kept beside it under a new name.</source>
      <translation>No se encontró ninguna copia de seguridad automática de esta cartera. Si tiene un archivo de copia, elíjalo para restaurarlo; la cartera dañada se conserva al lado con otro nombre.</translation>
    </message>
    <message>
      <source>&amp;Restore latest backup</source>
      <translation>&amp;Restaurar la copia más reciente</translation>
    </message>
    <message>
      <source>&amp;Choose a backup…</source>
      <translation>&amp;Elegir una copia…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>Choose a backup</source>
      <translation>Elegir una copia de seguridad</translation>
    </message>
    <message>
      <source>Books (*.sqlite3 *.db);;All files (*)</source>
      <translation>Carteras (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
  </context>
  <context>
    <name>Detail</name>
    <message>
      <source>Select a contact to see their profile and history.</source>
      <translation>Seleccione un contacto para ver su perfil y su historial.</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <source>Archive</source>
      <translation>Archivar</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>Historial…</translation>
    </message>
    <message>
      <source>Log Trigger…</source>
      <translation>Anotar un detonante…</translation>
    </message>
    <message>
      <source>Record Referral…</source>
      <translation>Registrar una recomendación…</translation>
    </message>
    <message>
      <source>Schedule Review…</source>
      <translation>Agendar una revisión…</translation>
    </message>
    <message>
      <source>Generate Kit…</source>
      <translation>Preparar la guía…</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Dirección</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>Hogar</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Cambiar nombre…</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>Perfil</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Cronología</translation>
    </message>
    <message numerus="yes">
      <source>Timeline · %Ln event</source>
      <comment>Timeline · %Ln events</comment>
      <translation>
        <numerusform>Cronología · %Ln evento</numerusform>
        <numerusform>Cronología · %Ln eventos</numerusform>
      </translation>
    </message>
    <message>
      <source>Archived on {0}</source>
      <translation>Archivado el {0}</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Restaurar</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <source>As the tier sets</source>
      <translation>Según el nivel</translation>
    </message>
    <message>
      <source>Not in a household</source>
      <translation>No pertenece a un hogar</translation>
    </message>
    <message>
      <source>No other members</source>
      <translation>No hay otros miembros</translation>
    </message>
  </context>
  <context>
    <name>Editing</name>
    <message>
      <source>Changed Elsewhere</source>
      <translation>Modificado en otro lugar</translation>
    </message>
    <message>
      <source>Someone else saved this contact while you were editing it.</source>
      <translation>Otra persona guardó este contacto mientras usted lo editaba.</translation>
    </message>
    <message>
      <source>Your changes were not saved. Reload to see the latest version, then make your changes again.</source>
      <translation>Sus cambios no se guardaron. Vuelva a cargar para ver la versión más reciente y haga de nuevo sus cambios.</translation>
    </message>
    <message>
      <source>Reload</source>
      <translation>Volver a cargar</translation>
    </message>
    <message>
      <source>Added {0}</source>
      <translation>Se agregó {0}</translation>
    </message>
    <message>
      <source>This is the latest version; make your changes again.</source>
      <translation>Esta es la versión más reciente; haga de nuevo sus cambios.</translation>
    </message>
    <message>
      <source>Saved {0}</source>
      <translation>Se guardó {0}</translation>
    </message>
    <message>
      <source>Merge Contacts</source>
      <translation>Combinar contactos</translation>
    </message>
    <message>
      <source>Merge these two contacts into one? The one you keep receives the other's triggers, referrals, reviews and kits, fills its empty fields from it and keeps both sets of tags; the other is archived. Edit &gt; Undo takes it back.</source>
      <translation>¿Combinar estos dos contactos en uno? El que conserva recibe los detonantes, recomendaciones, revisiones y guías del otro, completa sus campos vacíos con los de él y conserva las etiquetas de ambos; el otro se archiva. Edición &gt; Deshacer lo revierte.</translation>
    </message>
    <message>
      <source>contact {0}</source>
      <translation>contacto {0}</translation>
    </message>
    <message>
      <source>Keep {0} ({1})</source>
      <translation>Conservar {0} ({1})</translation>
    </message>
    <message>
      <source>Merged {0} into {1}</source>
      <translation>{0} se combinó en {1}</translation>
    </message>
    <message>
      <source>Rename Household</source>
      <translation>Cambiar el nombre del hogar</translation>
    </message>
    <message>
      <source>New name for the {0} household:</source>
      <translation>Nuevo nombre para el hogar {0}:</translation>
    </message>
  </context>
  <context>
    <name>Engagement</name>
    <message>
      <source>latest NPS {0} (a detractor)</source>
      <translation>último NPS {0} (detractor)</translation>
    </message>
    <message>
      <source>latest NPS {0} (passive)</source>
      <translation>último NPS {0} (pasivo)</translation>
    </message>
    <message>
      <source>latest NPS {0} (a promoter)</source>
      <translation>último NPS {0} (promotor)</translation>
    </message>
    <message>
      <source>no NPS answer in the last 12 months</source>
      <translation>sin respuesta NPS en los últimos 12 meses</translation>
    </message>
    <message>
      <source>has a written plan</source>
      <translation>tiene un plan por escrito</translation>
    </message>
    <message>
      <source>no written plan</source>
      <translation>sin plan por escrito</translation>
    </message>
    <message>
      <source>asked for feedback</source>
      <translation>se le pidió su opinión</translation>
    </message>
    <message>
      <source>no reviews, NPS answers or referrals on record</source>
      <translation>sin revisiones, respuestas NPS ni recomendaciones registradas</translation>
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
      <translation>Un error inesperado detuvo esta acción ({0}). No se cambió nada más; los detalles están en el registro de soporte.</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <source>Pick a date</source>
      <translation>Elegir una fecha</translation>
    </message>
    <message>
      <source>not a date; write it like {0}</source>
      <translation>no es una fecha; escríbala como {0}</translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <source>Import Contacts</source>
      <translation>Importar contactos</translation>
    </message>
    <message>
      <source>No file chosen</source>
      <translation>Ningún archivo elegido</translation>
    </message>
    <message>
      <source>Choose File…</source>
      <translation>Elegir archivo…</translation>
    </message>
    <message>
      <source>Custom (map the columns yourself)</source>
      <translation>Personalizado (asigne usted las columnas)</translation>
    </message>
    <message>
      <source>Update contacts with the same email</source>
      <translation>Actualizar los contactos con el mismo correo</translation>
    </message>
    <message>
      <source>Rows whose email is already in the book update that contact (only the columns the file has). Otherwise those rows are skipped.</source>
      <translation>Las filas cuyo correo ya está en la cartera actualizan ese contacto (solo las columnas que tiene el archivo). Si no, esas filas se omiten.</translation>
    </message>
    <message>
      <source>Refuse values with no exact place here</source>
      <translation>Rechazar los valores sin un lugar exacto aquí</translation>
    </message>
    <message>
      <source>Another tool's contact type, status or category that the book has no exact place for is normally imported with its nearest meaning and listed in the summary. With this, such rows are shown as problems instead.</source>
      <translation>Un tipo de contacto, estado o categoría de otra herramienta que no tiene un lugar exacto en la cartera normalmente se importa con el significado más cercano y se indica en el resumen. Con esta opción, esas filas se muestran como problemas.</translation>
    </message>
    <message>
      <source>Skip the rows with problems</source>
      <translation>Omitir las filas con problemas</translation>
    </message>
    <message>
      <source>Import the good rows; the rows with problems are written, with the reasons, to a rejects file beside the original, which imports again once corrected.</source>
      <translation>Importar las filas correctas; las filas con problemas se escriben, con sus motivos, en un archivo de rechazos junto al original, que se puede volver a importar una vez corregido.</translation>
    </message>
    <message>
      <source>Show only rows with problems</source>
      <translation>Mostrar solo las filas con problemas</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importar</translation>
    </message>
    <message>
      <source>Text encoding:</source>
      <translation>Codificación del texto:</translation>
    </message>
    <message>
      <source>Columns as exported by:</source>
      <translation>Columnas exportadas por:</translation>
    </message>
    <message>
      <source>Dates written like:</source>
      <translation>Fechas escritas como:</translation>
    </message>
    <message>
      <source>Choose Custom to change where a column goes; columns marked “(not imported)” are left out. Double-click a cell in the rows below to correct it.</source>
      <translation>Elija Personalizado para cambiar adónde va una columna; las columnas marcadas «(no se importa)» se dejan fuera. Haga doble clic en una celda de las filas de abajo para corregirla.</translation>
    </message>
    <message>
      <source>Contacts files (*.csv *.vcf);;All files (*)</source>
      <translation>Archivos de contactos (*.csv *.vcf);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Text read as {0}.</source>
      <translation>Texto leído como {0}.</translation>
    </message>
    <message>
      <source>Rows with problems are shown in red with the reason. Double-click a cell to correct it, change how the columns map to fields, or skip those rows; otherwise nothing is imported until every row is good.</source>
      <translation>Las filas con problemas se muestran en rojo con el motivo. Haga doble clic en una celda para corregirla, cambie cómo se asignan las columnas u omita esas filas; de lo contrario no se importa nada hasta que todas las filas estén bien.</translation>
    </message>
    <message>
      <source>Choose a Contacts File</source>
      <translation>Elegir un archivo de contactos</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>Leyendo el archivo…</translation>
    </message>
    <message>
      <source>Checking the rows…</source>
      <translation>Revisando las filas…</translation>
    </message>
    <message numerus="yes">
      <source>%n row: </source>
      <translation>
        <numerusform>%n fila: </numerusform>
        <numerusform>%n fila: </numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n rows: </source>
      <translation>
        <numerusform>%n filas: </numerusform>
        <numerusform>%n filas: </numerusform>
      </translation>
    </message>
    <message>
      <source>Ready to import.</source>
      <translation>Listo para importar.</translation>
    </message>
    <message>
      <source>Cancel Import</source>
      <translation>Cancelar la importación</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Importando…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>The import was cancelled; nothing was changed.</source>
      <translation>Se canceló la importación; no se cambió nada.</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Cancelando…</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Apellido</translation>
    </message>
    <message>
      <source>Preferred name</source>
      <translation>Nombre preferido</translation>
    </message>
    <message>
      <source>Relationship</source>
      <translation>Relación</translation>
    </message>
    <message>
      <source>Profession</source>
      <translation>Profesión</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Correo</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Ciudad</translation>
    </message>
    <message>
      <source>Region / state</source>
      <translation>Región / estado</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>País</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>Hogar</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>Segmento</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>Nivel</translation>
    </message>
    <message>
      <source>Client since</source>
      <translation>Cliente desde</translation>
    </message>
    <message>
      <source>Has a written plan</source>
      <translation>Tiene un plan por escrito</translation>
    </message>
    <message>
      <source>Do not ask for referrals</source>
      <translation>No pedir recomendaciones</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Etiquetas</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>Reviews a year</source>
      <translation>Revisiones al año</translation>
    </message>
    <message>
      <source>Full name (split into first and last)</source>
      <translation>Nombre completo (separado en nombre y apellido)</translation>
    </message>
    <message>
      <source>Archived</source>
      <translation>Archivado</translation>
    </message>
    <message>
      <source>(not imported)</source>
      <translation>(no se importa)</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nuevo</translation>
    </message>
    <message>
      <source>Updates a contact</source>
      <translation>Actualiza un contacto</translation>
    </message>
    <message>
      <source>Already up to date</source>
      <translation>Ya está al día</translation>
    </message>
    <message>
      <source>Skipped</source>
      <translation>Omitido</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problema</translation>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>Columna del archivo</translation>
    </message>
    <message>
      <source>Example</source>
      <translation>Ejemplo</translation>
    </message>
    <message>
      <source>Imports as</source>
      <translation>Se importa como</translation>
    </message>
    <message>
      <source>(column {0} has no name)</source>
      <translation>(la columna {0} no tiene nombre)</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Fila</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Motivo</translation>
    </message>
    <message numerus="yes">
      <source>%n already up to date</source>
      <translation>
        <numerusform>%n ya al día</numerusform>
        <numerusform>%n ya al día</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n likely already in the book</source>
      <translation>
        <numerusform>%n probablemente ya en la cartera</numerusform>
        <numerusform>%n probablemente ya en la cartera</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new</source>
      <translation>
        <numerusform>%n nuevo</numerusform>
        <numerusform>%n nuevos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n skipped (email already in the book)</source>
      <translation>
        <numerusform>%n omitido (correo ya en la cartera)</numerusform>
        <numerusform>%n omitidos (correo ya en la cartera)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n to update</source>
      <translation>
        <numerusform>%n por actualizar</numerusform>
        <numerusform>%n por actualizar</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n with problems</source>
      <translation>
        <numerusform>%n con problemas</numerusform>
        <numerusform>%n con problemas</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Kits</name>
    <message>
      <source>Referral Kits</source>
      <translation>Guías de recomendación</translation>
    </message>
    <message>
      <source>{0} of {1} asked not to be asked for referrals: {2}.</source>
      <translation>{0} de {1} pidieron que no se les pidan recomendaciones: {2}.</translation>
    </message>
    <message>
      <source>A referral kit asks for introductions.</source>
      <translation>Una guía de recomendación pide presentaciones.</translation>
    </message>
    <message>
      <source>Leave Them Out</source>
      <translation>Dejarlos fuera</translation>
    </message>
    <message>
      <source>Include Them</source>
      <translation>Incluirlos</translation>
    </message>
    <message>
      <source>Choose a folder for {0} referral kits</source>
      <translation>Elegir una carpeta para {0} guías de recomendación</translation>
    </message>
    <message>
      <source>{0} of these kits are already in {1}: {2}.</source>
      <translation>{0} de estas guías ya están en {1}: {2}.</translation>
    </message>
    <message>
      <source>Replace them with new kits?</source>
      <translation>¿Reemplazarlas por guías nuevas?</translation>
    </message>
    <message>
      <source>Replace Them</source>
      <translation>Reemplazarlas</translation>
    </message>
    <message>
      <source>Preparing {0} referral kits…</source>
      <translation>Preparando {0} guías de recomendación…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Referral kits</source>
      <translation>Guías de recomendación</translation>
    </message>
    <message>
      <source>Stopping after the kit being written…</source>
      <translation>Deteniéndose después de la guía en curso…</translation>
    </message>
    <message>
      <source>Writing kit {0} of {1}…</source>
      <translation>Escribiendo la guía {0} de {1}…</translation>
    </message>
    <message>
      <source>Stopped. {0} of {1} kits were saved in {2}.</source>
      <translation>Detenido. Se guardaron {0} de {1} guías en {2}.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln referral kit was saved in {0}.</source>
      <comment>%Ln referral kits were saved in {0}.</comment>
      <translation>
        <numerusform>Se guardó %Ln guía de recomendación en {0}.</numerusform>
        <numerusform>Se guardaron %Ln guías de recomendación en {0}.</numerusform>
      </translation>
    </message>
    <message>
      <source>No logo: the kit shows your initials</source>
      <translation>Sin logotipo: la guía muestra sus iniciales</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Elegir…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <source>Default</source>
      <translation>Predeterminado</translation>
    </message>
    <message>
      <source>Your firm's required disclosures, printed at the foot of every page</source>
      <translation>Las divulgaciones obligatorias de su firma, impresas al pie de cada página</translation>
    </message>
    <message>
      <source>Logo:</source>
      <translation>Logotipo:</translation>
    </message>
    <message>
      <source>Accent colour:</source>
      <translation>Color de acento:</translation>
    </message>
    <message>
      <source>Disclosures:</source>
      <translation>Divulgaciones:</translation>
    </message>
    <message>
      <source>Who we help:</source>
      <translation>A quién ayudamos:</translation>
    </message>
    <message>
      <source>How we help:</source>
      <translation>Cómo ayudamos:</translation>
    </message>
    <message>
      <source>Left empty, a text prints the wording shown in grey. Start a line with “- ” for a list item; “Name: description” prints the name in bold.</source>
      <translation>Si se deja vacío, el texto imprime la redacción que se ve en gris. Empiece una línea con «- » para un elemento de lista; «Nombre: descripción» imprime el nombre en negrita.</translation>
    </message>
    <message>
      <source>Choose your logo</source>
      <translation>Elegir su logotipo</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>{0} cannot be read as an image ({1}).</source>
      <translation>{0} no se puede leer como imagen ({1}).</translation>
    </message>
    <message>
      <source>{0} is missing or unreadable; kits use your initials.</source>
      <translation>{0} no existe o no se puede leer; las guías usan sus iniciales.</translation>
    </message>
    <message>
      <source>Accent colour for kits</source>
      <translation>Color de acento de las guías</translation>
    </message>
    <message>
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>Carta</translation>
    </message>
    <message>
      <source>Referral kit for {0}</source>
      <translation>Guía de recomendación para {0}</translation>
    </message>
    <message>
      <source>The client's language</source>
      <translation>El idioma del cliente</translation>
    </message>
    <message>
      <source>&amp;Save…</source>
      <translation>&amp;Guardar…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Imprimir…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>Paper:</source>
      <translation>Papel:</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Idioma:</translation>
    </message>
    <message>
      <source>Some text cannot be printed with the bundled fonts:</source>
      <translation>Algunos textos no se pueden imprimir con las fuentes incluidas:</translation>
    </message>
    <message>
      <source>Preparing the kit…</source>
      <translation>Preparando la guía…</translation>
    </message>
    <message>
      <source>Save referral kit</source>
      <translation>Guardar la guía de recomendación</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Guardando…</translation>
    </message>
    <message>
      <source>Saved to {0}</source>
      <translation>Se guardó en {0}</translation>
    </message>
    <message>
      <source>Print referral kit</source>
      <translation>Imprimir la guía de recomendación</translation>
    </message>
    <message>
      <source>Sent {0} pages to the printer</source>
      <translation>Se enviaron {0} páginas a la impresora</translation>
    </message>
    <message>
      <source>Referral kit</source>
      <translation>Guía de recomendación</translation>
    </message>
    <message>
      <source>The printer could not be opened. Check that it is available.</source>
      <translation>No se pudo abrir la impresora. Compruebe que esté disponible.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln page, {0}</source>
      <comment>%Ln pages, {0}</comment>
      <translation>
        <numerusform>%Ln página, {0}</numerusform>
        <numerusform>%Ln páginas, {0}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Prospect</source>
      <translation>Prospecto</translation>
    </message>
    <message>
      <source>Client</source>
      <translation>Cliente</translation>
    </message>
    <message>
      <source>Former client</source>
      <translation>Excliente</translation>
    </message>
    <message>
      <source>Center of influence</source>
      <translation>Referente profesional</translation>
    </message>
    <message>
      <source>Prospects</source>
      <translation>Prospectos</translation>
    </message>
    <message>
      <source>Clients</source>
      <translation>Clientes</translation>
    </message>
    <message>
      <source>Former clients</source>
      <translation>Exclientes</translation>
    </message>
    <message>
      <source>Centers of influence</source>
      <translation>Referentes profesionales</translation>
    </message>
    <message>
      <source>Engaged</source>
      <translation>Comprometido</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>Satisfecho</translation>
    </message>
    <message>
      <source>Complacent</source>
      <translation>Indiferente</translation>
    </message>
    <message>
      <source>Disgruntled</source>
      <translation>Descontento</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Desconocido</translation>
    </message>
    <message>
      <source>Tier {0}</source>
      <translation>Nivel {0}</translation>
    </message>
    <message>
      <source>Intended</source>
      <translation>Anunciada</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nueva</translation>
    </message>
    <message>
      <source>Contacted</source>
      <translation>Contactada</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Reunión</translation>
    </message>
    <message>
      <source>Converted</source>
      <translation>Convertida</translation>
    </message>
    <message>
      <source>Not a fit</source>
      <translation>No encaja</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>Perdida</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Apellido</translation>
    </message>
    <message>
      <source>Preferred name</source>
      <translation>Nombre preferido</translation>
    </message>
    <message>
      <source>Relationship</source>
      <translation>Relación</translation>
    </message>
    <message>
      <source>Profession</source>
      <translation>Profesión</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Correo</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Ciudad</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Región</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>País</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>Hogar</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>Segmento</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>Nivel</translation>
    </message>
    <message>
      <source>Client since</source>
      <translation>Cliente desde</translation>
    </message>
    <message>
      <source>Written financial plan</source>
      <translation>Plan financiero por escrito</translation>
    </message>
    <message>
      <source>Do not ask for referrals</source>
      <translation>No pedir recomendaciones</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Etiquetas</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>Reviews a year</source>
      <translation>Revisiones al año</translation>
    </message>
    <message>
      <source>Kit language</source>
      <translation>Idioma de la guía</translation>
    </message>
  </context>
  <context>
    <name>Languages</name>
    <message>
      <source>{0} (kits in English)</source>
      <translation>{0} (guías en inglés)</translation>
    </message>
  </context>
  <context>
    <name>Lock</name>
    <message>
      <source>Locked after a time without use. Enter the passphrase of {0} to go on.</source>
      <translation>Bloqueado tras un tiempo sin uso. Escriba la frase de contraseña de {0} para continuar.</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Frase de contraseña</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>&amp;Desbloquear</translation>
    </message>
    <message>
      <source>That passphrase is not the book's. Try again.</source>
      <translation>Esa no es la frase de contraseña de la cartera. Inténtelo de nuevo.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importar…</translation>
    </message>
    <message>
      <source>Import contacts (.csv) or a book (.json)</source>
      <translation>Importar contactos (.csv) o una cartera (.json)</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Exportar…</translation>
    </message>
    <message>
      <source>Export contacts (.csv) or the whole book (.json)</source>
      <translation>Exportar contactos (.csv) o la cartera completa (.json)</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importar</translation>
    </message>
    <message>
      <source>Contacts or book files (*.csv *.vcf *.json);;All files (*)</source>
      <translation>Archivos de contactos o de cartera (*.csv *.vcf *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>{0} cannot be imported: choose a contacts file (.csv or .vcf) or a .json book file.</source>
      <translation>{0} no se puede importar: elija un archivo de contactos (.csv o .vcf) o un archivo de cartera .json.</translation>
    </message>
    <message>
      <source>Checking {0}…</source>
      <translation>Revisando {0}…</translation>
    </message>
    <message>
      <source>Import a Whole Book</source>
      <translation>Importar una cartera completa</translation>
    </message>
    <message>
      <source>{0} is a whole book: {1}.

Import it into this book?</source>
      <translation>{0} es una cartera completa: {1}.

¿Importarla en esta cartera?</translation>
    </message>
    <message>
      <source>Importing {0}…</source>
      <translation>Importando {0}…</translation>
    </message>
    <message>
      <source>Contacts (*.csv)</source>
      <translation>Contactos (*.csv)</translation>
    </message>
    <message>
      <source>Whole book (*.json)</source>
      <translation>Cartera completa (*.json)</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportar</translation>
    </message>
    <message>
      <source>Exporting to {0}…</source>
      <translation>Exportando a {0}…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>The import was cancelled; nothing was changed.</source>
      <translation>Se canceló la importación; no se cambió nada.</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Edición</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ver</translation>
    </message>
    <message>
      <source>&amp;Tools</source>
      <translation>&amp;Herramientas</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>A&amp;yuda</translation>
    </message>
    <message>
      <source>&amp;New Contact…</source>
      <translation>&amp;Nuevo contacto…</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Configuración…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Deshacer</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Rehacer</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Buscar…</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Actualizar</translation>
    </message>
    <message>
      <source>&amp;About {0}</source>
      <translation>&amp;Acerca de {0}</translation>
    </message>
    <message>
      <source>Settings saved</source>
      <translation>Configuración guardada</translation>
    </message>
    <message>
      <source>Log a &amp;trigger…</source>
      <translation>Anotar un &amp;detonante…</translation>
    </message>
    <message>
      <source>Record a &amp;referral…</source>
      <translation>Registrar una &amp;recomendación…</translation>
    </message>
    <message>
      <source>Undo &amp;Import…</source>
      <translation>Deshacer la &amp;importación…</translation>
    </message>
    <message>
      <source>Remove the contacts the last import added and restore those it updated</source>
      <translation>Quitar los contactos que agregó la última importación y restaurar los que actualizó</translation>
    </message>
    <message>
      <source>Undo Import</source>
      <translation>Deshacer la importación</translation>
    </message>
    <message>
      <source>No import to undo.</source>
      <translation>No hay ninguna importación que deshacer.</translation>
    </message>
    <message>
      <source>The import of {0} was already undone.</source>
      <translation>La importación de {0} ya se deshizo.</translation>
    </message>
    <message>
      <source>Undo the import of {0}, made on {1} by {2}?

The {3} contacts it added are removed and the {4} it updated get their earlier values back.</source>
      <translation>¿Deshacer la importación de {0}, hecha el {1} por {2}?

Se quitan los {3} contactos que agregó y los {4} que actualizó recuperan sus valores anteriores.</translation>
    </message>
    <message>
      <source>… and {0} more</source>
      <translation>… y {0} más</translation>
    </message>
    <message>
      <source>These contacts were changed after the import of {0}:

{1}

Undo the rest of the import and leave these as they are now?</source>
      <translation>Estos contactos se cambiaron después de la importación de {0}:

{1}

¿Deshacer el resto de la importación y dejar estos como están ahora?</translation>
    </message>
  </context>
  <context>
    <name>Opening</name>
    <message>
      <source>Checking and restoring the backup…</source>
      <translation>Revisando y restaurando la copia de seguridad…</translation>
    </message>
    <message>
      <source>The backup {0} is encrypted. Enter the passphrase the book had when the backup was made.</source>
      <translation>La copia {0} está cifrada. Escriba la frase de contraseña que tenía la cartera cuando se hizo la copia.</translation>
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message>
      <source>This page is not available in this version yet.</source>
      <translation>Esta página todavía no está disponible en esta versión.</translation>
    </message>
    <message>
      <source>Clients</source>
      <translation>Clientes</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Hoy</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>Recomendaciones</translation>
    </message>
    <message>
      <source>Triggers</source>
      <translation>Detonantes</translation>
    </message>
    <message>
      <source>Reviews</source>
      <translation>Revisiones</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Informes</translation>
    </message>
  </context>
  <context>
    <name>Passphrase</name>
    <message>
      <source>Encrypted book</source>
      <translation>Cartera cifrada</translation>
    </message>
    <message>
      <source>The book at {0} is encrypted. Enter its passphrase.</source>
      <translation>La cartera en {0} está cifrada. Escriba su frase de contraseña.</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Frase de contraseña</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
      <source>That passphrase does not open this book. Check it (capital letters count) and try again.</source>
      <translation>Esa frase de contraseña no abre esta cartera. Revísela (las mayúsculas cuentan) e inténtelo de nuevo.</translation>
    </message>
    <message>
      <source>New &amp;passphrase:</source>
      <translation>Nueva &amp;frase de contraseña:</translation>
    </message>
    <message>
      <source>&amp;Type it again:</source>
      <translation>&amp;Repítala:</translation>
    </message>
    <message>
      <source>A passphrase needs at least {0} characters; a few words are best.</source>
      <translation>Una frase de contraseña necesita al menos {0} caracteres; lo mejor son unas cuantas palabras.</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
  </context>
  <context>
    <name>Profile</name>
    <message>
      <source>Your name</source>
      <translation>Su nombre</translation>
    </message>
    <message>
      <source>Firm</source>
      <translation>Firma</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Correo</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <source>Website</source>
      <translation>Sitio web</translation>
    </message>
    <message>
      <source>e.g. Maria Lopes, CFP®</source>
      <translation>p. ej., Maria Lopes, CFP®</translation>
    </message>
    <message>
      <source>e.g. Lopes Wealth Partners</source>
      <translation>p. ej., Lopes Patrimonio</translation>
    </message>
  </context>
  <context>
    <name>ReferralAnalytics</name>
    <message>
      <source>{0} so far</source>
      <translation>{0} hasta ahora</translation>
    </message>
    <message>
      <source>Last 12 months</source>
      <translation>Últimos 12 meses</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Período</translation>
    </message>
    <message>
      <source>&lt;b&gt;Referral analytics&lt;/b&gt;</source>
      <translation>&lt;b&gt;Análisis de recomendaciones&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Referrals received</source>
      <translation>Recomendaciones recibidas</translation>
    </message>
    <message>
      <source>Conversion rate</source>
      <translation>Tasa de conversión</translation>
    </message>
    <message>
      <source>Median days to convert</source>
      <translation>Mediana de días para convertir</translation>
    </message>
    <message>
      <source>Clients who referred, last 12 months</source>
      <translation>Clientes que recomendaron, últimos 12 meses</translation>
    </message>
    <message>
      <source>By source</source>
      <translation>Por origen</translation>
    </message>
    <message>
      <source>By the referrer's segment</source>
      <translation>Por segmento de quien recomienda</translation>
    </message>
    <message>
      <source>By conversation trigger</source>
      <translation>Por detonante de conversación</translation>
    </message>
    <message>
      <source>Top referrers</source>
      <translation>Quienes más recomiendan</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>Calculando…</translation>
    </message>
    <message>
      <source>from {0} people</source>
      <translation>de {0} personas</translation>
    </message>
    <message>
      <source>{0} converted in the period</source>
      <translation>{0} convertidas en el período</translation>
    </message>
    <message>
      <source>Field benchmark {0}</source>
      <translation>Referencia del sector {0}</translation>
    </message>
    <message>
      <source>No referrals in this period</source>
      <translation>No hay recomendaciones en este período</translation>
    </message>
    <message>
      <source>No trigger logged</source>
      <translation>Sin detonante anotado</translation>
    </message>
  </context>
  <context>
    <name>Referrals</name>
    <message>
      <source>today</source>
      <translation>hoy</translation>
    </message>
    <message>
      <source>{0} d</source>
      <translation>{0} d</translation>
    </message>
    <message>
      <source>from {0}</source>
      <translation>de {0}</translation>
    </message>
    <message>
      <source>Drag a card to another column to move it.</source>
      <translation>Arrastre una tarjeta a otra columna para moverla.</translation>
    </message>
    <message>
      <source>Open…</source>
      <translation>Abrir…</translation>
    </message>
    <message>
      <source>Move to</source>
      <translation>Mover a</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Centre of influence</source>
      <translation>Referente profesional</translation>
    </message>
    <message>
      <source>Profession</source>
      <translation>Profesión</translation>
    </message>
    <message>
      <source>Referrals from them</source>
      <translation>Recomendaciones de su parte</translation>
    </message>
    <message>
      <source>Of which converted</source>
      <translation>De ellas, convertidas</translation>
    </message>
    <message>
      <source>Referrals to them</source>
      <translation>Recomendaciones hacia él</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>Saldo</translation>
    </message>
    <message>
      <source>Last from them</source>
      <translation>Última de su parte</translation>
    </message>
    <message>
      <source>Last to them</source>
      <translation>Última hacia él</translation>
    </message>
    <message>
      <source>They send you more than you send them.</source>
      <translation>Le envía más de lo que usted le envía.</translation>
    </message>
    <message>
      <source>You send them more than they send you.</source>
      <translation>Usted le envía más de lo que él le envía.</translation>
    </message>
    <message>
      <source>Refer someone to a centre of influence</source>
      <translation>Recomendar a alguien a un referente profesional</translation>
    </message>
    <message>
      <source>Centre of &amp;influence:</source>
      <translation>Referente &amp;profesional:</translation>
    </message>
    <message>
      <source>&amp;Person referred:</source>
      <translation>&amp;Persona recomendada:</translation>
    </message>
    <message>
      <source>&amp;Sent on:</source>
      <translation>&amp;Enviada el:</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Notas:</translation>
    </message>
    <message>
      <source>Choose both people from the lists that appear as you type.</source>
      <translation>Elija a ambas personas de las listas que aparecen al escribir.</translation>
    </message>
    <message>
      <source>Referrals you sent to the selected centre:</source>
      <translation>Recomendaciones que envió al referente seleccionado:</translation>
    </message>
    <message>
      <source>Refer someone to a centre of influence…</source>
      <translation>Recomendar a alguien a un referente profesional…</translation>
    </message>
    <message>
      <source>Who is reciprocating? Referrals received from each centre of influence beside the ones you sent them.</source>
      <translation>¿Quién corresponde? Las recomendaciones recibidas de cada referente profesional junto a las que usted le envió.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Not delivered</source>
      <translation>No entregada</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Recibida</translation>
    </message>
    <message>
      <source>Promoter (referred by)</source>
      <translation>Promotor (recomendado por)</translation>
    </message>
    <message>
      <source>Referred person</source>
      <translation>Persona recomendada</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Valor</translation>
    </message>
    <message>
      <source>Agreement on file</source>
      <translation>Acuerdo en archivo</translation>
    </message>
    <message>
      <source>Disclosure delivered</source>
      <translation>Divulgación entregada</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>Advertencias</translation>
    </message>
    <message>
      <source>Only referrals missing a disclosure</source>
      <translation>Solo recomendaciones sin divulgación</translation>
    </message>
    <message>
      <source>Export to CSV…</source>
      <translation>Exportar a CSV…</translation>
    </message>
    <message>
      <source>SEC Marketing Rule (206(4)-1): a compensated referral is an endorsement. Deliver a disclosure of the compensation and its terms; above $1,000 in 12 months a written agreement with the promoter is required.</source>
      <translation>Regla de Marketing de la SEC (206(4)-1): una recomendación compensada es un respaldo. Entregue una divulgación de la compensación y sus condiciones; por encima de 1,000 USD en 12 meses se requiere un acuerdo por escrito con el promotor.</translation>
    </message>
    <message>
      <source>{0} compensated referrals</source>
      <translation>{0} recomendaciones compensadas</translation>
    </message>
    <message>
      <source>Export the Marketing Rule ledger</source>
      <translation>Exportar el registro de la Regla de Marketing</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
      <source>Exported {0} rows to {1}</source>
      <translation>Se exportaron {0} filas a {1}</translation>
    </message>
    <message>
      <source>Type a name, email or phone…</source>
      <translation>Escriba un nombre, correo o teléfono…</translation>
    </message>
    <message>
      <source>Log {0} for {1}</source>
      <translation>Anotar {0} para {1}</translation>
    </message>
    <message>
      <source>Edit trigger for {0}</source>
      <translation>Editar el detonante de {0}</translation>
    </message>
    <message>
      <source>Delete trigger for {0}</source>
      <translation>Eliminar el detonante de {0}</translation>
    </message>
    <message>
      <source>Record referral of {0}</source>
      <translation>Registrar la recomendación de {0}</translation>
    </message>
    <message>
      <source>Edit referral of {0}</source>
      <translation>Editar la recomendación de {0}</translation>
    </message>
    <message>
      <source>Move {0} to {1}</source>
      <translation>Mover {0} a {1}</translation>
    </message>
    <message>
      <source>Record first contact with {0}</source>
      <translation>Registrar el primer contacto con {0}</translation>
    </message>
    <message>
      <source>Record thank-you to {0}</source>
      <translation>Registrar el agradecimiento a {0}</translation>
    </message>
    <message>
      <source>Delete referral of {0}</source>
      <translation>Eliminar la recomendación de {0}</translation>
    </message>
    <message>
      <source>Say thank you</source>
      <translation>Dar las gracias</translation>
    </message>
    <message>
      <source>Did you send the thank-you to {0}?</source>
      <translation>¿Envió el agradecimiento a {0}?</translation>
    </message>
    <message>
      <source>Yes, record it</source>
      <translation>Sí, registrarlo</translation>
    </message>
    <message>
      <source>Not yet</source>
      <translation>Todavía no</translation>
    </message>
    <message>
      <source>⚠ No disclosure delivered. A compensated referral is an endorsement under the SEC Marketing Rule: give the client a disclosure of the compensation and its terms, then record the date here.</source>
      <translation>⚠ No se ha entregado ninguna divulgación. Una recomendación compensada es un respaldo según la Regla de Marketing de la SEC: entregue al cliente una divulgación de la compensación y sus condiciones y registre aquí la fecha.</translation>
    </message>
    <message>
      <source>Compensated referral (cash or non-cash)</source>
      <translation>Recomendación compensada (en efectivo o en especie)</translation>
    </message>
    <message>
      <source>Written agreement on file</source>
      <translation>Acuerdo por escrito en archivo</translation>
    </message>
    <message>
      <source>Disclosure delivered on</source>
      <translation>Divulgación entregada el</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Tipo:</translation>
    </message>
    <message>
      <source>Value:</source>
      <translation>Valor:</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation>Recomendación</translation>
    </message>
    <message>
      <source>Record a referral</source>
      <translation>Registrar una recomendación</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(ninguno)</translation>
    </message>
    <message>
      <source>First contacted on</source>
      <translation>Primer contacto el</translation>
    </message>
    <message>
      <source>Thanked on</source>
      <translation>Agradecido el</translation>
    </message>
    <message>
      <source>Converted on</source>
      <translation>Convertida el</translation>
    </message>
    <message>
      <source>Referred &amp;by:</source>
      <translation>Recomendado &amp;por:</translation>
    </message>
    <message>
      <source>&amp;Referred person:</source>
      <translation>Persona &amp;recomendada:</translation>
    </message>
    <message>
      <source>Received &amp;on:</source>
      <translation>Recibida &amp;el:</translation>
    </message>
    <message>
      <source>&amp;Status:</source>
      <translation>E&amp;stado:</translation>
    </message>
    <message>
      <source>&amp;Channel:</source>
      <translation>&amp;Canal:</translation>
    </message>
    <message>
      <source>&amp;Trigger:</source>
      <translation>&amp;Detonante:</translation>
    </message>
    <message>
      <source>History:</source>
      <translation>Historial:</translation>
    </message>
    <message>
      <source>Someone in the book</source>
      <translation>Alguien de la cartera</translation>
    </message>
    <message>
      <source>A new person (added as a prospect)</source>
      <translation>Una persona nueva (se agrega como prospecto)</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Apellido</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Correo</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <source>Use this contact</source>
      <translation>Usar este contacto</translation>
    </message>
    <message>
      <source>Possible duplicate: {0} ({1}) is already in the book.</source>
      <translation>Posible duplicado: {0} ({1}) ya está en la cartera.</translation>
    </message>
    <message>
      <source>{0} more look alike.</source>
      <translation>{0} más se parecen.</translation>
    </message>
    <message>
      <source>{0}: recorded as {1}</source>
      <translation>{0}: registrado como {1}</translation>
    </message>
    <message>
      <source>{0}: {1} → {2}</source>
      <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
      <source>Choose who made the referral.</source>
      <translation>Elija quién hizo la recomendación.</translation>
    </message>
    <message>
      <source>Choose the referred person from the list.</source>
      <translation>Elija a la persona recomendada de la lista.</translation>
    </message>
    <message>
      <source>Give the referred person's name.</source>
      <translation>Indique el nombre de la persona recomendada.</translation>
    </message>
    <message>
      <source>Compensated, and no disclosure delivered yet.</source>
      <translation>Compensada, y todavía sin divulgación entregada.</translation>
    </message>
    <message>
      <source>Referred by</source>
      <translation>Recomendado por</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Follow up by</source>
      <translation>Dar seguimiento antes del</translation>
    </message>
    <message>
      <source>First contact</source>
      <translation>Primer contacto</translation>
    </message>
    <message>
      <source>Thanked</source>
      <translation>Agradecida</translation>
    </message>
    <message>
      <source>Converted</source>
      <translation>Convertida</translation>
    </message>
    <message>
      <source>Trigger</source>
      <translation>Detonante</translation>
    </message>
    <message>
      <source>Compensation</source>
      <translation>Compensación</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Todos los estados</translation>
    </message>
    <message>
      <source>{0} referrals</source>
      <translation>{0} recomendaciones</translation>
    </message>
    <message>
      <source>Record first contact today</source>
      <translation>Registrar el primer contacto hoy</translation>
    </message>
    <message>
      <source>Say thank you…</source>
      <translation>Dar las gracias…</translation>
    </message>
    <message>
      <source>Referral analytics will appear here.</source>
      <translation>El análisis de recomendaciones aparecerá aquí.</translation>
    </message>
    <message>
      <source>Pipeline</source>
      <translation>Embudo</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>Tabla</translation>
    </message>
    <message>
      <source>Centres of influence</source>
      <translation>Referentes profesionales</translation>
    </message>
    <message>
      <source>Compliance</source>
      <translation>Cumplimiento</translation>
    </message>
    <message>
      <source>Analytics</source>
      <translation>Análisis</translation>
    </message>
    <message>
      <source>Record a referral…</source>
      <translation>Registrar una recomendación…</translation>
    </message>
    <message>
      <source>Ctrl+Shift+R from anywhere</source>
      <translation>Ctrl+Mayús+R desde cualquier lugar</translation>
    </message>
    <message>
      <source>Log a trigger…</source>
      <translation>Anotar un detonante…</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Excel workbook, every table…</source>
      <translation>Libro de Excel, todas las tablas…</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Summary as CSV…</source>
      <translation>Resumen en CSV…</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Metrics as JSON…</source>
      <translation>Indicadores en JSON…</translation>
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
      <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Imprimir…</translation>
    </message>
    <message>
      <source>&amp;Export data</source>
      <translation>E&amp;xportar datos</translation>
    </message>
    <message>
      <source>&lt;h2&gt;Quarterly report&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Informe trimestral&lt;/h2&gt;</translation>
    </message>
    <message>
      <source>&amp;Quarter:</source>
      <translation>&amp;Trimestre:</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>{0} (to date)</source>
      <translation>{0} (hasta la fecha)</translation>
    </message>
    <message>
      <source>Preparing the {0} report…</source>
      <translation>Preparando el informe de {0}…</translation>
    </message>
    <message>
      <source>{0} report: {1} pages.</source>
      <translation>Informe de {0}: {1} páginas.</translation>
    </message>
    <message>
      <source>Some text cannot be printed with the bundled fonts: {0}</source>
      <translation>Algunos textos no se pueden imprimir con las fuentes incluidas: {0}</translation>
    </message>
    <message>
      <source>The report could not be made.</source>
      <translation>No se pudo elaborar el informe.</translation>
    </message>
    <message>
      <source>Stopped.</source>
      <translation>Detenido.</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>Guardar el informe</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>The report could not be saved to {0}: {1}</source>
      <translation>No se pudo guardar el informe en {0}: {1}</translation>
    </message>
    <message>
      <source>Saved {0}</source>
      <translation>Se guardó {0}</translation>
    </message>
    <message>
      <source>Export the data</source>
      <translation>Exportar los datos</translation>
    </message>
    <message>
      <source>Exporting {0}…</source>
      <translation>Exportando {0}…</translation>
    </message>
  </context>
  <context>
    <name>Reviews</name>
    <message>
      <source>Tier {0}</source>
      <translation>Nivel {0}</translation>
    </message>
    <message>
      <source>never reviewed</source>
      <translation>nunca revisado</translation>
    </message>
    <message>
      <source>last review {0}</source>
      <translation>última revisión {0}</translation>
    </message>
    <message>
      <source>due now</source>
      <translation>pendiente ahora</translation>
    </message>
    <message>
      <source>next due {0}</source>
      <translation>próxima revisión {0}</translation>
    </message>
    <message>
      <source>Booked for {0}</source>
      <translation>Agendada para el {0}</translation>
    </message>
    <message>
      <source>Complete review</source>
      <translation>Completar revisión</translation>
    </message>
    <message>
      <source>Cancel review</source>
      <translation>Cancelar revisión</translation>
    </message>
    <message>
      <source>Cancel the review with {0} on {1}? It stays in the history as cancelled.</source>
      <translation>¿Cancelar la revisión con {0} del {1}? Queda en el historial como cancelada.</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>Conservarla</translation>
    </message>
    <message>
      <source>Review already booked</source>
      <translation>Revisión ya agendada</translation>
    </message>
    <message>
      <source>{0} has a review booked for {1}.</source>
      <translation>{0} tiene una revisión agendada para el {1}.</translation>
    </message>
    <message>
      <source>Complete it…</source>
      <translation>Completarla…</translation>
    </message>
    <message>
      <source>Move it…</source>
      <translation>Moverla…</translation>
    </message>
    <message>
      <source>Book another…</source>
      <translation>Agendar otra…</translation>
    </message>
    <message>
      <source>Schedule review</source>
      <translation>Agendar revisión</translation>
    </message>
    <message>
      <source>Portfolio reviews are for active clients. {0} is not one: set the relationship to client (or restore the contact) first.</source>
      <translation>Las revisiones de cartera son para clientes activos. {0} no lo es: primero cambie la relación a cliente (o restaure el contacto).</translation>
    </message>
    <message>
      <source>Record a review</source>
      <translation>Registrar una revisión</translation>
    </message>
    <message>
      <source>Schedule review with {0}</source>
      <translation>Agendar revisión con {0}</translation>
    </message>
    <message>
      <source>Review with {0} booked for {1}.</source>
      <translation>Revisión con {0} agendada para el {1}.</translation>
    </message>
    <message>
      <source>Record review with {0}</source>
      <translation>Registrar la revisión con {0}</translation>
    </message>
    <message>
      <source>Review with {0} recorded.</source>
      <translation>Revisión con {0} registrada.</translation>
    </message>
    <message>
      <source>Move review with {0}</source>
      <translation>Mover la revisión con {0}</translation>
    </message>
    <message>
      <source>Review with {0} moved to {1}.</source>
      <translation>Revisión con {0} movida al {1}.</translation>
    </message>
    <message>
      <source>all day</source>
      <translation>todo el día</translation>
    </message>
    <message>
      <source>&lt;b&gt;Coverage&lt;/b&gt;, last 12 months</source>
      <translation>&lt;b&gt;Cobertura&lt;/b&gt;, últimos 12 meses</translation>
    </message>
    <message>
      <source>Of each tier's clients of at least a year's standing, the share who had as many completed reviews in the last 12 months as their cadence asks.</source>
      <translation>De los clientes de cada nivel con al menos un año de antigüedad, la proporción que tuvo en los últimos 12 meses tantas revisiones completadas como pide su frecuencia.</translation>
    </message>
    <message>
      <source>Tier {0}: {1}</source>
      <translation>Nivel {0}: {1}</translation>
    </message>
    <message>
      <source>{0} of {1} clients</source>
      <translation>{0} de {1} clientes</translation>
    </message>
    <message>
      <source>Move review</source>
      <translation>Mover revisión</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Fecha:</translation>
    </message>
    <message>
      <source>At a set &amp;time</source>
      <translation>A una &amp;hora fija</translation>
    </message>
    <message>
      <source>Time:</source>
      <translation>Hora:</translation>
    </message>
    <message>
      <source>Not set</source>
      <translation>Sin definir</translation>
    </message>
    <message>
      <source>&amp;Meeting:</source>
      <translation>&amp;Reunión:</translation>
    </message>
    <message>
      <source>What to prepare or discuss (stays in the book)</source>
      <translation>Qué preparar o comentar (queda en la cartera)</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Notas:</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>Mover</translation>
    </message>
    <message>
      <source>Schedule</source>
      <translation>Agendar</translation>
    </message>
    <message>
      <source>A review cannot be completed after today.</source>
      <translation>Una revisión no se puede completar después de hoy.</translation>
    </message>
    <message>
      <source>&amp;Held on:</source>
      <translation>&amp;Realizada el:</translation>
    </message>
    <message>
      <source>I asked the client for &amp;feedback</source>
      <translation>Le pedí su &amp;opinión al cliente</translation>
    </message>
    <message>
      <source>We had a &amp;referral conversation</source>
      <translation>Tuvimos una conversación sobre &amp;recomendaciones</translation>
    </message>
    <message>
      <source>Notes from the review</source>
      <translation>Notas de la revisión</translation>
    </message>
    <message>
      <source>Complete</source>
      <translation>Completar</translation>
    </message>
    <message>
      <source>at {0}</source>
      <translation>a las {0}</translation>
    </message>
    <message>
      <source>Portfolio review: {name}</source>
      <translation>Revisión de cartera: {name}</translation>
    </message>
    <message>
      <source>Portfolio reviews</source>
      <translation>Revisiones de cartera</translation>
    </message>
    <message>
      <source>Export booked reviews</source>
      <translation>Exportar las revisiones agendadas</translation>
    </message>
    <message>
      <source>iCalendar files (*.ics)</source>
      <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
      <source>Export cancelled; no file was written.</source>
      <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
      <source>Exporting {0} of {1} reviews…</source>
      <translation>Exportando {0} de {1} revisiones…</translation>
    </message>
    <message>
      <source>due today</source>
      <translation>pendiente hoy</translation>
    </message>
    <message>
      <source>Client</source>
      <translation>Cliente</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>Nivel</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>Segmento</translation>
    </message>
    <message>
      <source>Cadence</source>
      <translation>Frecuencia</translation>
    </message>
    <message>
      <source>Last review</source>
      <translation>Última revisión</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Pendiente</translation>
    </message>
    <message>
      <source>now</source>
      <translation>ahora</translation>
    </message>
    <message>
      <source>Late by</source>
      <translation>Atrasada por</translation>
    </message>
    <message>
      <source>Booked for</source>
      <translation>Agendada para</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Hora</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Held? Record it</source>
      <translation>¿Se realizó? Regístrela</translation>
    </message>
    <message>
      <source>Moved</source>
      <translation>Movida</translation>
    </message>
    <message>
      <source>Booked</source>
      <translation>Agendada</translation>
    </message>
    <message>
      <source>Chosen segment</source>
      <translation>Segmento elegido</translation>
    </message>
    <message>
      <source>Suggested</source>
      <translation>Sugerido</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>How likely are you to recommend us to a friend?</source>
      <translation>¿Qué tan probable es que nos recomiende a un amigo?</translation>
    </message>
    <message>
      <source>Answer {0} of 10</source>
      <translation>Respuesta {0} de 10</translation>
    </message>
    <message>
      <source>0 = not at all likely</source>
      <translation>0 = nada probable</translation>
    </message>
    <message>
      <source>10 = extremely likely</source>
      <translation>10 = muy probable</translation>
    </message>
    <message>
      <source>No answer</source>
      <translation>Sin respuesta</translation>
    </message>
    <message>
      <source>The client did not answer.</source>
      <translation>El cliente no respondió.</translation>
    </message>
    <message>
      <source>A promoter: a good moment to talk about referrals.</source>
      <translation>Un promotor: buen momento para hablar de recomendaciones.</translation>
    </message>
    <message>
      <source>Passive.</source>
      <translation>Pasivo.</translation>
    </message>
    <message>
      <source>A detractor: ask what would make it better.</source>
      <translation>Un detractor: pregunte qué podría mejorar.</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>Calendario</translation>
    </message>
    <message>
      <source>All tiers</source>
      <translation>Todos los niveles</translation>
    </message>
    <message>
      <source>All segments</source>
      <translation>Todos los segmentos</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Mostrar:</translation>
    </message>
    <message>
      <source>Export to calendar…</source>
      <translation>Exportar al calendario…</translation>
    </message>
    <message>
      <source>Save the booked reviews as an .ics file for Outlook, Google Calendar or Apple Calendar. Importing a newer file updates the events instead of doubling them.</source>
      <translation>Guardar las revisiones agendadas en un archivo .ics para Outlook, Google Calendar o Calendario de Apple. Al importar un archivo más reciente se actualizan los eventos en lugar de duplicarse.</translation>
    </message>
    <message>
      <source>Due in the</source>
      <translation>Pendientes en las</translation>
    </message>
    <message>
      <source>Open client</source>
      <translation>Abrir cliente</translation>
    </message>
    <message>
      <source>Record a review…</source>
      <translation>Registrar una revisión…</translation>
    </message>
    <message>
      <source>Schedule…</source>
      <translation>Agendar…</translation>
    </message>
    <message>
      <source>Not yet recorded, and the coming</source>
      <translation>Aún sin registrar, y las próximas</translation>
    </message>
    <message>
      <source> weeks</source>
      <translation> semanas</translation>
    </message>
    <message>
      <source>Cancel review…</source>
      <translation>Cancelar revisión…</translation>
    </message>
    <message>
      <source>Move…</source>
      <translation>Mover…</translation>
    </message>
    <message>
      <source>Complete…</source>
      <translation>Completar…</translation>
    </message>
    <message>
      <source>Where a client's record points to another segment than the one you chose: latest NPS, reviews in the last 12 months against the cadence, a written plan and referrals given. Accept to change the segment, or leave it as it is.</source>
      <translation>Cuando el historial de un cliente apunta a un segmento distinto del que usted eligió: último NPS, revisiones de los últimos 12 meses frente a la frecuencia, plan por escrito y recomendaciones dadas. Acepte para cambiar el segmento o déjelo como está.</translation>
    </message>
    <message>
      <source>Accept selected</source>
      <translation>Aceptar selección</translation>
    </message>
    <message>
      <source>Overdue ({0})</source>
      <translation>Atrasadas ({0})</translation>
    </message>
    <message>
      <source>Due soon ({0})</source>
      <translation>Próximas ({0})</translation>
    </message>
    <message>
      <source>Booked ({0})</source>
      <translation>Agendadas ({0})</translation>
    </message>
    <message>
      <source>Suggested segments ({0})</source>
      <translation>Segmentos sugeridos ({0})</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Cargando…</translation>
    </message>
    <message>
      <source>Select a row first.</source>
      <translation>Seleccione primero una fila.</translation>
    </message>
    <message>
      <source>Pick a review in the day's list first.</source>
      <translation>Elija primero una revisión en la lista del día.</translation>
    </message>
    <message>
      <source>Select the suggestions to accept first.</source>
      <translation>Seleccione primero las sugerencias que quiere aceptar.</translation>
    </message>
    <message>
      <source>Cancel export</source>
      <translation>Cancelar exportación</translation>
    </message>
    <message>
      <source>How many portfolio reviews a year each service tier gets. A client's own "reviews a year" (on their record) takes precedence over the tier.</source>
      <translation>Cuántas revisiones de cartera al año tiene cada nivel de servicio. Las «revisiones al año» propias de un cliente (en su ficha) tienen prioridad sobre las del nivel.</translation>
    </message>
    <message>
      <source> a year</source>
      <translation> al año</translation>
    </message>
    <message>
      <source>Tier {0}:</source>
      <translation>Nivel {0}:</translation>
    </message>
    <message>
      <source>Cadences that divide the year (1, 2, 3, 4, 6, 12) count calendar months; others count days (5 a year: every 73 days).</source>
      <translation>Las frecuencias que dividen el año (1, 2, 3, 4, 6, 12) cuentan meses naturales; las demás cuentan días (5 al año: cada 73 días).</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>En persona</translation>
    </message>
    <message>
      <source>Video call</source>
      <translation>Videollamada</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>Llamada telefónica</translation>
    </message>
  </context>
  <context>
    <name>Safety</name>
    <message>
      <source>&amp;Audit log…</source>
      <translation>Registro de &amp;auditoría…</translation>
    </message>
    <message>
      <source>&amp;Verify audit trail…</source>
      <translation>&amp;Verificar el registro de auditoría…</translation>
    </message>
    <message>
      <source>&amp;Back up now…</source>
      <translation>Hacer &amp;copia ahora…</translation>
    </message>
    <message>
      <source>&amp;Restore a backup…</source>
      <translation>&amp;Restaurar una copia…</translation>
    </message>
    <message>
      <source>Backups and &amp;lock…</source>
      <translation>Copias y &amp;bloqueo…</translation>
    </message>
    <message>
      <source>Change &amp;passphrase…</source>
      <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
      <source>Remove &amp;encryption…</source>
      <translation>Quitar el &amp;cifrado…</translation>
    </message>
    <message>
      <source>Loc&amp;k now</source>
      <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
      <source>&amp;Encrypt this book…</source>
      <translation>&amp;Cifrar esta cartera…</translation>
    </message>
    <message>
      <source>The book at {0} is damaged: {1}. Work saved from now on may be lost. Restore a backup now?</source>
      <translation>La cartera en {0} está dañada: {1}. El trabajo que guarde a partir de ahora podría perderse. ¿Restaurar una copia ahora?</translation>
    </message>
    <message>
      <source>The automatic backup failed: {0}</source>
      <translation>Falló la copia de seguridad automática: {0}</translation>
    </message>
    <message>
      <source>History of contact {0}</source>
      <translation>Historial del contacto {0}</translation>
    </message>
    <message>
      <source>Back up the book</source>
      <translation>Hacer una copia de la cartera</translation>
    </message>
    <message>
      <source>Books (*.sqlite3)</source>
      <translation>Carteras (*.sqlite3)</translation>
    </message>
    <message>
      <source>Backed up the book to {0}.</source>
      <translation>Se hizo una copia de la cartera en {0}.</translation>
    </message>
    <message>
      <source>Choose a backup to restore</source>
      <translation>Elegir una copia para restaurar</translation>
    </message>
    <message>
      <source>Books (*.sqlite3 *.db);;All files (*)</source>
      <translation>Carteras (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Put {0} in place of the open book? The book as it is now is kept beside it under a new name; the app closes the book and opens the backup.</source>
      <translation>¿Poner {0} en lugar de la cartera abierta? La cartera actual se conserva al lado con otro nombre; la aplicación cierra la cartera y abre la copia.</translation>
    </message>
    <message>
      <source>Encrypt this book</source>
      <translation>Cifrar esta cartera</translation>
    </message>
    <message>
      <source>Choose a passphrase. Without it nobody, you included, can open the book or its backups: keep it somewhere safe. The unencrypted file is overwritten and deleted unless you keep a copy below.</source>
      <translation>Elija una frase de contraseña. Sin ella nadie, ni siquiera usted, puede abrir la cartera ni sus copias: guárdela en un lugar seguro. El archivo sin cifrar se sobrescribe y se elimina, a menos que conserve una copia abajo.</translation>
    </message>
    <message>
      <source>&amp;Keep an unencrypted copy beside the book</source>
      <translation>&amp;Conservar una copia sin cifrar junto a la cartera</translation>
    </message>
    <message>
      <source>Encrypting the book…</source>
      <translation>Cifrando la cartera…</translation>
    </message>
    <message>
      <source>Enter the current passphrase.</source>
      <translation>Escriba la frase de contraseña actual.</translation>
    </message>
    <message>
      <source>Change the passphrase</source>
      <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
      <source>Backups made before the change keep the old passphrase.</source>
      <translation>Las copias hechas antes del cambio conservan la frase anterior.</translation>
    </message>
    <message>
      <source>The book now opens with the new passphrase.</source>
      <translation>Ahora la cartera se abre con la nueva frase de contraseña.</translation>
    </message>
    <message>
      <source>Changing the passphrase…</source>
      <translation>Cambiando la frase de contraseña…</translation>
    </message>
    <message>
      <source>Removing the encryption leaves the book readable by anyone who can read the file. Enter the passphrase to go on.</source>
      <translation>Quitar el cifrado deja la cartera legible para cualquiera que pueda leer el archivo. Escriba la frase de contraseña para continuar.</translation>
    </message>
    <message>
      <source>Removing the encryption…</source>
      <translation>Quitando el cifrado…</translation>
    </message>
  </context>
  <context>
    <name>SafetySettings</name>
    <message>
      <source>Backups and lock</source>
      <translation>Copias y bloqueo</translation>
    </message>
    <message>
      <source>&amp;Choose…</source>
      <translation>&amp;Elegir…</translation>
    </message>
    <message>
      <source> days</source>
      <translation> días</translation>
    </message>
    <message>
      <source> weeks</source>
      <translation> semanas</translation>
    </message>
    <message>
      <source> minutes</source>
      <translation> minutos</translation>
    </message>
    <message>
      <source>never</source>
      <translation>nunca</translation>
    </message>
    <message>
      <source>Backup &amp;folder:</source>
      <translation>&amp;Carpeta de copias:</translation>
    </message>
    <message>
      <source>Keep the last backup of each of the last</source>
      <translation>Conservar la última copia de cada uno de los últimos</translation>
    </message>
    <message>
      <source>and of each of the last</source>
      <translation>y de cada una de las últimas</translation>
    </message>
    <message>
      <source>&amp;Lock an encrypted book after</source>
      <translation>&amp;Bloquear una cartera cifrada tras</translation>
    </message>
    <message>
      <source>A backup is made when you close the app and once a day while it is open.</source>
      <translation>Se hace una copia al cerrar la aplicación y una vez al día mientras está abierta.</translation>
    </message>
    <message>
      <source>Backup folder</source>
      <translation>Carpeta de copias</translation>
    </message>
  </context>
  <context>
    <name>Segments</name>
    <message>
      <source>Engaged</source>
      <translation>Comprometido</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>Satisfecho</translation>
    </message>
    <message>
      <source>Complacent</source>
      <translation>Indiferente</translation>
    </message>
    <message>
      <source>Disgruntled</source>
      <translation>Descontento</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Desconocido</translation>
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <source>{0} (read-only)</source>
      <translation>{0} (solo lectura)</translation>
    </message>
    <message>
      <source>Read-only: you can look, export and print; changes cannot be saved</source>
      <translation>Solo lectura: puede consultar, exportar e imprimir; los cambios no se pueden guardar</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <source>Kits in another language print the wording given here; a default kind left as it is prints the wording the app ships.</source>
      <translation>Las guías en otro idioma imprimen la redacción que escriba aquí; un tipo predeterminado que deje como está imprime la redacción que trae la aplicación.</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Etiqueta</translation>
    </message>
    <message>
      <source>Talking point (printed in the kit)</source>
      <translation>Argumento (se imprime en la guía)</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Activo</translation>
    </message>
    <message>
      <source>In use</source>
      <translation>En uso</translation>
    </message>
    <message>
      <source>Add a kind</source>
      <translation>Agregar un tipo</translation>
    </message>
    <message>
      <source>Delete kind</source>
      <translation>Eliminar tipo</translation>
    </message>
    <message>
      <source>A kind that logged triggers use cannot be deleted: clear Active to retire it. It stays on those triggers and is no longer offered for new ones.</source>
      <translation>Un tipo que usan detonantes anotados no se puede eliminar: desmarque Activo para retirarlo. Se mantiene en esos detonantes y ya no se ofrece para los nuevos.</translation>
    </message>
    <message>
      <source>Placeholders: {0}</source>
      <translation>Marcadores: {0}</translation>
    </message>
    <message>
      <source> days</source>
      <translation> días</translation>
    </message>
    <message>
      <source>Conversation triggers to listen for</source>
      <translation>Detonantes de conversación que conviene escuchar</translation>
    </message>
    <message>
      <source>Wording for kits in:</source>
      <translation>Redacción de las guías en:</translation>
    </message>
    <message>
      <source>Thank-you note</source>
      <translation>Nota de agradecimiento</translation>
    </message>
    <message>
      <source>Subject:</source>
      <translation>Asunto:</translation>
    </message>
    <message>
      <source>Message:</source>
      <translation>Mensaje:</translation>
    </message>
    <message>
      <source>Preview:</source>
      <translation>Vista previa:</translation>
    </message>
    <message>
      <source>Ask list</source>
      <translation>Lista de solicitudes</translation>
    </message>
    <message>
      <source>Ask a client again after:</source>
      <translation>Volver a pedirle a un cliente después de:</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>Recomendaciones</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <source>In use: retire it instead (clear Active)</source>
      <translation>En uso: retírelo en su lugar (desmarque Activo)</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Configuración</translation>
    </message>
    <message>
      <source>Fix the fields marked in red first.</source>
      <translation>Primero corrija los campos marcados en rojo.</translation>
    </message>
    <message>
      <source>Referral kits and quarterly reports print these details.</source>
      <translation>Las guías de recomendación y los informes trimestrales imprimen estos datos.</translation>
    </message>
    <message>
      <source>As the system is set</source>
      <translation>Como el sistema</translation>
    </message>
    <message>
      <source>The app shows its menus, pages and messages in this language from the next time it starts. A client's kit is written in the client's own language (see the contact's Kit language).</source>
      <translation>La aplicación muestra sus menús, páginas y mensajes en este idioma a partir del próximo inicio. La guía de un cliente se redacta en el idioma del cliente (vea el idioma de la guía en su ficha).</translation>
    </message>
    <message>
      <source>Language of the app:</source>
      <translation>Idioma de la aplicación:</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>Perfil</translation>
    </message>
    <message>
      <source>Kit Branding</source>
      <translation>Imagen de las guías</translation>
    </message>
    <message>
      <source>Review Cadence</source>
      <translation>Frecuencia de revisiones</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
  </context>
  <context>
    <name>Status</name>
    <message>
      <source>The book open in this window</source>
      <translation>La cartera abierta en esta ventana</translation>
    </message>
    <message numerus="yes">
      <source>%Ln contact</source>
      <comment>%Ln contacts</comment>
      <translation>
        <numerusform>%Ln contacto</numerusform>
        <numerusform>%Ln contactos</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>Portfolio review (NPS {0})</source>
      <translation>Revisión de cartera (NPS {0})</translation>
    </message>
    <message>
      <source>Portfolio review</source>
      <translation>Revisión de cartera</translation>
    </message>
    <message>
      <source>Portfolio review scheduled</source>
      <translation>Revisión de cartera agendada</translation>
    </message>
    <message>
      <source>Portfolio review cancelled</source>
      <translation>Revisión de cartera cancelada</translation>
    </message>
    <message>
      <source>Portfolio review missed</source>
      <translation>Revisión de cartera perdida</translation>
    </message>
    <message>
      <source>Trigger: {0}</source>
      <translation>Detonante: {0}</translation>
    </message>
    <message>
      <source>Referred {0}</source>
      <translation>Recomendó a {0}</translation>
    </message>
    <message>
      <source>Referred by {0}</source>
      <translation>Recomendado por {0}</translation>
    </message>
    <message>
      <source>Referral kit generated</source>
      <translation>Guía de recomendación preparada</translation>
    </message>
    <message>
      <source>Introduced to {0}</source>
      <translation>Presentado a {0}</translation>
    </message>
    <message>
      <source>You introduced {0}</source>
      <translation>Usted presentó a {0}</translation>
    </message>
    <message>
      <source>Became a client</source>
      <translation>Se hizo cliente</translation>
    </message>
    <message>
      <source>Added to the book</source>
      <translation>Agregado a la cartera</translation>
    </message>
    <message>
      <source>referral conversation held</source>
      <translation>hubo conversación sobre recomendaciones</translation>
    </message>
    <message numerus="yes">
      <source>%Ln page</source>
      <comment>%Ln pages</comment>
      <translation>
        <numerusform>%Ln página</numerusform>
        <numerusform>%Ln páginas</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Today</name>
    <message>
      <source>Today</source>
      <translation>Hoy</translation>
    </message>
    <message>
      <source>Clients</source>
      <translation>Clientes</translation>
    </message>
    <message>
      <source>Prospects</source>
      <translation>Prospectos</translation>
    </message>
    <message>
      <source>Centers of influence</source>
      <translation>Referentes profesionales</translation>
    </message>
    <message>
      <source>Reviews overdue</source>
      <translation>Revisiones atrasadas</translation>
    </message>
    <message>
      <source>Your Book</source>
      <translation>Su cartera</translation>
    </message>
    <message>
      <source>No contacts yet.</source>
      <translation>Todavía no hay contactos.</translation>
    </message>
    <message>
      <source>Recently Added</source>
      <translation>Agregados recientemente</translation>
    </message>
    <message>
      <source>Nothing here today.</source>
      <translation>Nada por hoy.</translation>
    </message>
    <message>
      <source>… and {0} more</source>
      <translation>… y {0} más</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <source>Contacted today</source>
      <translation>Contactado hoy</translation>
    </message>
    <message>
      <source>Referrals waiting for a first contact</source>
      <translation>Recomendaciones que esperan un primer contacto</translation>
    </message>
    <message>
      <source>Referred person</source>
      <translation>Persona recomendada</translation>
    </message>
    <message>
      <source>Referred by</source>
      <translation>Recomendado por</translation>
    </message>
    <message>
      <source>Follow up by</source>
      <translation>Dar seguimiento antes del</translation>
    </message>
    <message>
      <source>Every new referral has been contacted.</source>
      <translation>Ya se contactó a cada nueva recomendación.</translation>
    </message>
    <message>
      <source>Overdue follow-ups</source>
      <translation>Seguimientos atrasados</translation>
    </message>
    <message>
      <source>Was due</source>
      <translation>Vencía</translation>
    </message>
    <message>
      <source>{0} ({1} days late)</source>
      <translation>{0} ({1} días de retraso)</translation>
    </message>
    <message>
      <source>No referral has waited more than two days.</source>
      <translation>Ninguna recomendación ha esperado más de dos días.</translation>
    </message>
    <message>
      <source>Thank-yous owed</source>
      <translation>Agradecimientos pendientes</translation>
    </message>
    <message>
      <source>Thank</source>
      <translation>Agradecer</translation>
    </message>
    <message>
      <source>For referring</source>
      <translation>Por recomendar</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Recibida</translation>
    </message>
    <message>
      <source>Say thank you</source>
      <translation>Dar las gracias</translation>
    </message>
    <message>
      <source>Everyone who referred lately has been thanked.</source>
      <translation>Ya se agradeció a todos los que recomendaron recientemente.</translation>
    </message>
    <message>
      <source>Compensated referrals missing a disclosure</source>
      <translation>Recomendaciones compensadas sin divulgación</translation>
    </message>
    <message>
      <source>Promoter</source>
      <translation>Promotor</translation>
    </message>
    <message>
      <source>Compensation</source>
      <translation>Compensación</translation>
    </message>
    <message>
      <source>Record the disclosure…</source>
      <translation>Registrar la divulgación…</translation>
    </message>
    <message>
      <source>Every compensated referral has its disclosure.</source>
      <translation>Cada recomendación compensada tiene su divulgación.</translation>
    </message>
    <message>
      <source>Engaged, tier A client</source>
      <translation>Cliente comprometido, nivel A</translation>
    </message>
    <message>
      <source>Engaged client</source>
      <translation>Cliente comprometido</translation>
    </message>
    <message>
      <source>Tier A client</source>
      <translation>Cliente de nivel A</translation>
    </message>
    <message>
      <source>Gave {0} at the review on {1}</source>
      <translation>Dio {0} en la revisión del {1}</translation>
    </message>
    <message>
      <source>{0} on {1}</source>
      <translation>{0} el {1}</translation>
    </message>
    <message>
      <source>Never had a referral conversation</source>
      <translation>Nunca ha tenido una conversación sobre recomendaciones</translation>
    </message>
    <message>
      <source>No referral conversation in {0} days (last on {1})</source>
      <translation>Sin conversación sobre recomendaciones desde hace {0} días (la última el {1})</translation>
    </message>
    <message>
      <source>; </source>
      <translation>; </translation>
    </message>
    <message>
      <source>Who to ask for a referral</source>
      <translation>A quién pedirle una recomendación</translation>
    </message>
    <message>
      <source>Client</source>
      <translation>Cliente</translation>
    </message>
    <message>
      <source>Why now</source>
      <translation>Por qué ahora</translation>
    </message>
    <message>
      <source>Log the conversation…</source>
      <translation>Anotar la conversación…</translation>
    </message>
    <message>
      <source>Nobody right now: the list fills after positive reviews and life events.</source>
      <translation>Nadie por ahora: la lista se llena después de revisiones positivas y acontecimientos de vida.</translation>
    </message>
    <message>
      <source>Reviews this week</source>
      <translation>Revisiones de esta semana</translation>
    </message>
    <message>
      <source>{0} — due {1}, not booked</source>
      <translation>{0}: pendiente el {1}, sin agendar</translation>
    </message>
    <message>
      <source>Overdue reviews</source>
      <translation>Revisiones atrasadas</translation>
    </message>
    <message>
      <source>, booked for {0}</source>
      <translation>, agendada para el {0}</translation>
    </message>
  </context>
  <context>
    <name>TodayKpis</name>
    <message>
      <source>Referrals received</source>
      <translation>Recomendaciones recibidas</translation>
    </message>
    <message>
      <source>Conversion rate</source>
      <translation>Tasa de conversión</translation>
    </message>
    <message>
      <source>Net Promoter Score</source>
      <translation>Net Promoter Score</translation>
    </message>
    <message>
      <source>Clients who referred, last 12 months</source>
      <translation>Clientes que recomendaron, últimos 12 meses</translation>
    </message>
    <message>
      <source>This quarter so far</source>
      <translation>Este trimestre hasta ahora</translation>
    </message>
    <message>
      <source>&lt;b&gt;{0}&lt;/b&gt; to date</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt; hasta la fecha</translation>
    </message>
    <message>
      <source>{0} intended introductions</source>
      <translation>{0} presentaciones anunciadas</translation>
    </message>
    <message>
      <source>{0} converted</source>
      <translation>{0} convertidas</translation>
    </message>
    <message>
      <source>{0} responses</source>
      <translation>{0} respuestas</translation>
    </message>
    <message>
      <source>Field benchmark {0}</source>
      <translation>Referencia del sector {0}</translation>
    </message>
  </context>
  <context>
    <name>Triggers</name>
    <message>
      <source>Edit trigger</source>
      <translation>Editar detonante</translation>
    </message>
    <message>
      <source>Log a trigger</source>
      <translation>Anotar un detonante</translation>
    </message>
    <message>
      <source>What happened, in their words</source>
      <translation>Qué pasó, en sus palabras</translation>
    </message>
    <message>
      <source>We talked about referrals</source>
      <translation>Hablamos de recomendaciones</translation>
    </message>
    <message>
      <source>&amp;Contact:</source>
      <translation>&amp;Contacto:</translation>
    </message>
    <message>
      <source>&amp;What happened:</source>
      <translation>&amp;Qué pasó:</translation>
    </message>
    <message>
      <source>&amp;When:</source>
      <translation>&amp;Cuándo:</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Notas:</translation>
    </message>
    <message>
      <source>{0} (retired)</source>
      <translation>{0} (retirado)</translation>
    </message>
    <message>
      <source>Choose the contact from the list that appears as you type.</source>
      <translation>Elija el contacto de la lista que aparece al escribir.</translation>
    </message>
    <message>
      <source>Choose what happened.</source>
      <translation>Elija qué pasó.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <source>{0} referral(s)</source>
      <translation>{0} recomendación(es)</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contacto</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Qué pasó</translation>
    </message>
    <message>
      <source>Talked about referrals</source>
      <translation>Se habló de recomendaciones</translation>
    </message>
    <message>
      <source>Referral followed</source>
      <translation>Hubo recomendación</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>Todos los tipos</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Desde</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Hasta</translation>
    </message>
    <message>
      <source>With or without a referral</source>
      <translation>Con o sin recomendación</translation>
    </message>
    <message>
      <source>A referral followed</source>
      <translation>Hubo una recomendación</translation>
    </message>
    <message>
      <source>No referral yet</source>
      <translation>Todavía sin recomendación</translation>
    </message>
    <message>
      <source>Log a trigger…</source>
      <translation>Anotar un detonante…</translation>
    </message>
    <message>
      <source>Ctrl+T from anywhere</source>
      <translation>Ctrl+T desde cualquier lugar</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <source>Record a referral from it…</source>
      <translation>Registrar una recomendación a partir de él…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>{0} triggers</source>
      <translation>{0} detonantes</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <source>Add {0}</source>
      <translation>Agregar {0}</translation>
    </message>
    <message>
      <source>Edit {0}</source>
      <translation>Editar {0}</translation>
    </message>
    <message>
      <source>Archive {0}</source>
      <translation>Archivar {0}</translation>
    </message>
    <message>
      <source>Restore {0}</source>
      <translation>Restaurar {0}</translation>
    </message>
    <message>
      <source>Rename household {0} to {1}</source>
      <translation>Cambiar el nombre del hogar {0} a {1}</translation>
    </message>
    <message>
      <source>Merge {0} into {1}</source>
      <translation>Combinar {0} en {1}</translation>
    </message>
    <message numerus="yes">
      <source>Archive %Ln contact</source>
      <comment>Archive %Ln contacts</comment>
      <translation>
        <numerusform>Archivar %Ln contacto</numerusform>
        <numerusform>Archivar %Ln contactos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Restore %Ln contact</source>
      <comment>Restore %Ln contacts</comment>
      <translation>
        <numerusform>Restaurar %Ln contacto</numerusform>
        <numerusform>Restaurar %Ln contactos</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Welcome</name>
    <message>
      <source>Welcome to Advisor Referrals</source>
      <translation>Bienvenido a Advisor Referrals</translation>
    </message>
    <message>
      <source>Your client book is empty. How would you like to start?</source>
      <translation>Su cartera de clientes está vacía. ¿Cómo quiere empezar?</translation>
    </message>
    <message>
      <source>Start an empty book</source>
      <translation>Empezar una cartera vacía</translation>
    </message>
    <message>
      <source>Add your clients one by one, or import them later.</source>
      <translation>Agregue a sus clientes uno por uno, o impórtelos más tarde.</translation>
    </message>
    <message>
      <source>Open a demo book</source>
      <translation>Abrir una cartera de demostración</translation>
    </message>
    <message>
      <source>250 made-up clients with referrals, triggers and reviews to explore.</source>
      <translation>250 clientes ficticios con recomendaciones, detonantes y revisiones para explorar.</translation>
    </message>
    <message>
      <source>Import contacts from CSV</source>
      <translation>Importar contactos desde CSV</translation>
    </message>
    <message>
      <source>Bring your clients over from a spreadsheet or another CRM.</source>
      <translation>Traiga a sus clientes desde una hoja de cálculo u otro CRM.</translation>
    </message>
    <message>
      <source>About you</source>
      <translation>Sobre usted</translation>
    </message>
    <message>
      <source>Printed on referral kits and reports. You can change it in Settings.</source>
      <translation>Se imprime en las guías de recomendación y en los informes. Puede cambiarlo en Configuración.</translation>
    </message>
    <message>
      <source>Filling the demo book…</source>
      <translation>Llenando la cartera de demostración…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Demo Book</source>
      <translation>Cartera de demostración</translation>
    </message>
  </context>
</TS>