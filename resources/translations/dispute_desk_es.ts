<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Dispute Desk</source>
        <translation>Acerca de Dispute Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Dispute Desk {version}&lt;/h2&gt;&lt;p&gt;Your orders, their deadlines, cancellations and disputes, kept on your own computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Dispute Desk {version}&lt;/h2&gt;&lt;p&gt;Tus pedidos, sus plazos, cancelaciones y disputas, guardados en tu propio ordenador.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Carpeta de registros:</translation>
    </message>
    <message>
        <source>Rule profile:</source>
        <translation>Perfil de reglas:</translation>
    </message>
    <message>
        <source>Free software under the {licence} licence.&lt;br&gt;It includes Qt, Python and other components under their own licences.&lt;br&gt;&lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;</source>
        <translation>Software libre con licencia {licence}.&lt;br&gt;Incluye Qt, Python y otros componentes con sus propias licencias.&lt;br&gt;&lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation>Se ejecuta en:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy these details, for a problem report</source>
        <translation>Copia estos datos para un informe de problema</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Licencias…</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>Abrir &amp;carpeta de datos</translation>
    </message>
    <message>
        <source>{name}, values checked on {date}</source>
        <translation>{name}, valores comprobados el {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) changed by you</source>
        <translation>
            <numerusform>%n valor modificado por ti</numerusform>
            <numerusform>%n valores modificados por ti</numerusform>
        </translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>MIT licence.</source>
        <translation>Licencia MIT.</translation>
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
        <translation>Haciendo copia de seguridad de los cambios de hoy antes de cerrar…</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Dispute Desk backups (*.zip)</source>
        <translation>Copias de seguridad de Dispute Desk (*.zip)</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia ahora…</translation>
    </message>
    <message>
        <source>Save all your orders and evidence in one .zip file</source>
        <translation>Guarda todos tus pedidos y pruebas en un solo archivo .zip</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <source>Replace the data with a backup; the current data is kept</source>
        <translation>Sustituye los datos por una copia de seguridad; los datos actuales se conservan</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Haciendo copia de seguridad en %1…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>Copia de seguridad guardada en %1 (%2).</translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation>No se ha hecho la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>Replace your current data with the backup %1, made on %2?</source>
        <translation>¿Sustituir tus datos actuales por la copia de seguridad %1, creada el %2?</translation>
    </message>
    <message>
        <source>Your current data is kept first as a safety copy in the backups folder, so you can go back to it with Restore from backup. The window shows the restored orders when it is done.</source>
        <translation>Antes se guardan tus datos actuales como copia preventiva en la carpeta de copias de seguridad, para que puedas volver a ellos con Restaurar copia de seguridad. Al terminar, la ventana muestra los pedidos restaurados.</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Restaurando %1…</translation>
    </message>
    <message>
        <source>The backup came from an older version and was brought up to date.</source>
        <translation>La copia de seguridad procedía de una versión anterior y se ha actualizado.</translation>
    </message>
    <message>
        <source>Your previous data was kept as a safety copy: %1</source>
        <translation>Tus datos anteriores se han guardado como copia preventiva: %1</translation>
    </message>
    <message>
        <source>%1 was not restored: %2

Nothing was changed.</source>
        <translation>No se ha restaurado %1: %2

No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Restoring %1 stopped with an unexpected error: %2

Details are in the log file.</source>
        <translation>La restauración de %1 se ha detenido por un error inesperado: %2

Los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>Made by you</source>
        <translation>Hecha por ti</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Safety copy before a restore</source>
        <translation>Copia preventiva antes de una restauración</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Dispute Desk backs up your orders and evidence by itself when they changed: a few minutes after a change, once a day and when you close it. Of the older automatic backups it keeps the newest one of each of the last days, weeks and months set here. Backups you make yourself and the safety copies made before a restore are never removed.</source>
        <translation>Dispute Desk hace copia de seguridad de tus pedidos y pruebas por sí solo cuando cambian: unos minutos después de un cambio, una vez al día y al cerrarlo. De las copias automáticas más antiguas conserva la más reciente de cada uno de los últimos días, semanas y meses indicados aquí. Las copias que haces tú y las copias preventivas creadas antes de una restauración nunca se eliminan.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Days with a daily backup to keep</source>
        <translation>Días con copia diaria que conservar</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>Weeks with a weekly backup to keep</source>
        <translation>Semanas con copia semanal que conservar</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>Months with a monthly backup to keep</source>
        <translation>Meses con copia mensual que conservar</translation>
    </message>
    <message>
        <source>&amp;Daily backups for the last:</source>
        <translation>Copias &amp;diarias de los últimos:</translation>
    </message>
    <message>
        <source>&amp;Weekly backups for the last:</source>
        <translation>Copias &amp;semanales de las últimas:</translation>
    </message>
    <message>
        <source>&amp;Monthly backups for the last:</source>
        <translation>Copias me&amp;nsuales de los últimos:</translation>
    </message>
    <message>
        <source>Backups in %1</source>
        <translation>Copias de seguridad en %1</translation>
    </message>
    <message>
        <source>No backups yet. The first automatic backup is made a few minutes after your data changes; Back up now makes one at once.</source>
        <translation>Aún no hay copias de seguridad. La primera copia automática se hace unos minutos después de que cambien tus datos; Hacer copia ahora crea una en el momento.</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Aún no hay copias de seguridad</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Hacer copia &amp;ahora</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Make a backup in the backups folder now</source>
        <translation>Crea ahora una copia de seguridad en la carpeta de copias</translation>
    </message>
    <message>
        <source>Res&amp;tore this…</source>
        <translation>Res&amp;taurar esta…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaura la copia de seguridad seleccionada</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la car&amp;peta</translation>
    </message>
    <message>
        <source>Show the backups folder</source>
        <translation>Muestra la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Progreso de la copia de seguridad</translation>
    </message>
    <message>
        <source>Backups status</source>
        <translation>Estado de las copias de seguridad</translation>
    </message>
    <message>
        <source>⚠ Could not read the backups folder: %1</source>
        <translation>⚠ No se ha podido leer la carpeta de copias de seguridad: %1</translation>
    </message>
    <message>
        <source>Could not open %1 in the file manager.</source>
        <translation>No se ha podido abrir %1 en el gestor de archivos.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>Copia de seguridad guardada en %1 (%2).</translation>
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
        <translation>Nada en este periodo.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of bars; series: %1. The numbers are in the table below.</source>
        <translation>
            <numerusform>%n grupo de barras; series: %1. Los números están en la tabla de abajo.</numerusform>
            <numerusform>%n grupos de barras; series: %1. Los números están en la tabla de abajo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyRetry</name>
    <message>
        <source>%1 What you entered is kept and saved as soon as the data is free again (trying again…).</source>
        <translation>%1 Lo que has introducido se conserva y se guardará en cuanto los datos vuelvan a estar libres (reintentando…).</translation>
    </message>
</context>
<context>
    <name>CancelWizard</name>
    <message>
        <source>Cancel order %1</source>
        <translation>Cancelar el pedido %1</translation>
    </message>
</context>
<context>
    <name>CaseSection</name>
    <message>
        <source>Dispute case</source>
        <translation>Caso de disputa</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Disputa</translation>
    </message>
    <message>
        <source>Dispute about the whole order</source>
        <translation>Disputa por todo el pedido</translation>
    </message>
    <message>
        <source>Dispute about item %1: %2</source>
        <translation>Disputa por el artículo %1: %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>Abierta: %1</translation>
    </message>
    <message>
        <source>Refund asked: %1</source>
        <translation>Reembolso solicitado: %1</translation>
    </message>
    <message>
        <source>%1, with a return of the item</source>
        <translation>%1, con devolución del artículo</translation>
    </message>
    <message>
        <source>With a return of the item</source>
        <translation>Con devolución del artículo</translation>
    </message>
    <message>
        <source>Seller offers: %1</source>
        <translation>El vendedor ofrece: %1</translation>
    </message>
    <message>
        <source>Seller answered: %1</source>
        <translation>El vendedor respondió: %1</translation>
    </message>
    <message>
        <source>Escalated: %1</source>
        <translation>Escalada: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Decision: %1 (%2)</source>
        <translation>Resolución: %1 (%2)</translation>
    </message>
    <message>
        <source>Appealed: %1</source>
        <translation>Apelada: %1</translation>
    </message>
    <message>
        <source>Refund received: %1</source>
        <translation>Reembolso recibido: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelada: %1</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Caso: %1</translation>
    </message>
    <message>
        <source>Refunds usually take %2–%3 business days.</source>
        <translation>Los reembolsos suelen tardar de %2 a %3 días hábiles.</translation>
    </message>
    <message>
        <source>Paid by %1: refunds usually take %2–%3 business days.</source>
        <translation>Pagado con %1: los reembolsos suelen tardar de %2 a %3 días hábiles.</translation>
    </message>
    <message>
        <source>%1: time left %2</source>
        <translation>%1: tiempo restante %2</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se ha podido escribir %1.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Numbers of the chart: %1</source>
        <translation>Números del gráfico: %1</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Guardar gráfico…</translation>
    </message>
    <message>
        <source>Save the chart %1 as a picture</source>
        <translation>Guarda el gráfico %1 como imagen</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Open the dispute</source>
        <translation>Abrir la disputa</translation>
    </message>
    <message>
        <source>Open it on the order page, then press Finish: the app records it and counts down to the seller&apos;s answer and the escalation day.</source>
        <translation>Ábrela en la página del pedido y pulsa Finalizar: la aplicación lo registra y hace la cuenta atrás hasta la respuesta del vendedor y el día en que puedes escalarla.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Afecta a</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Refund asked for</source>
        <translation>Reembolso solicitado</translation>
    </message>
    <message>
        <source>Return the item</source>
        <translation>Devolver el artículo</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>How to open it:</source>
        <translation>Cómo abrirla:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Artículo %1: %2</translation>
    </message>
    <message>
        <source>The whole order</source>
        <translation>Todo el pedido</translation>
    </message>
    <message>
        <source>Full refund, %1</source>
        <translation>Reembolso total, %1</translation>
    </message>
    <message>
        <source>Partial refund, %1</source>
        <translation>Reembolso parcial, %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>CountdownBox</name>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
</context>
<context>
    <name>CountdownField</name>
    <message>
        <source>e.g. 23 d 14:22:10</source>
        <translation>p. ej. 23 d 14:22:10</translation>
    </message>
    <message>
        <source>%1 as the order page shows it now: resulting time</source>
        <translation>%1 tal como lo muestra ahora la página del pedido: tiempo resultante</translation>
    </message>
    <message>
        <source>As the order page shows it now; counted from now.</source>
        <translation>Tal como lo muestra ahora la página del pedido; se cuenta desde ahora.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Dispute Desk: something went wrong</source>
        <translation>Dispute Desk: algo ha fallado</translation>
    </message>
    <message>
        <source>&lt;b&gt;An unexpected error happened.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Se ha producido un error inesperado.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What was saved before this error is safe: each change is saved when you make it. If you were saving something just now, check that it is there before you go on; you can keep working, or quit and start Dispute Desk again.</source>
        <translation>Lo que se guardó antes de este error está a salvo: cada cambio se guarda al hacerlo. Si estabas guardando algo justo ahora, comprueba que está ahí antes de seguir; puedes seguir trabajando, o salir y volver a iniciar Dispute Desk.</translation>
    </message>
    <message>
        <source>Please report it at &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;: say what you were doing just before, and attach the log file below (it records what the app did; look it over before you send it).</source>
        <translation>Infórmanos en &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;: cuenta qué estabas haciendo justo antes y adjunta el archivo de registro de abajo (registra lo que hizo la aplicación; revísalo antes de enviarlo).</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Archivo de registro: {path}</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>&amp;Quit Dispute Desk</source>
        <translation>&amp;Salir de Dispute Desk</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Archivo de registro: %1</translation>
    </message>
    <message>
        <source>What failed: {error}</source>
        <translation>Lo que ha fallado: {error}</translation>
    </message>
    <message>
        <source>Dispute Desk</source>
        <translation>Dispute Desk</translation>
    </message>
    <message>
        <source>{reason}

That action was not saved.</source>
        <translation>{reason}

Esa acción no se ha guardado.</translation>
    </message>
    <message>
        <source>Dispute Desk can&apos;t open your data.

{reason}</source>
        <translation>Dispute Desk no puede abrir tus datos.

{reason}</translation>
    </message>
</context>
<context>
    <name>DaysSpinBox</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineList</name>
    <message>
        <source>No open deadlines.</source>
        <translation>No hay plazos abiertos.</translation>
    </message>
    <message>
        <source>Due %1 · %2</source>
        <translation>Vence el %1 · %2</translation>
    </message>
    <message>
        <source>%1: time left %2</source>
        <translation>%1: tiempo restante %2</translation>
    </message>
</context>
<context>
    <name>DisputeReason</name>
    <message>
        <source>Tracking stopped moving</source>
        <translation>El seguimiento se ha detenido</translation>
    </message>
    <message>
        <source>It went to the wrong address or country</source>
        <translation>Ha ido a una dirección o un país equivocados</translation>
    </message>
    <message>
        <source>The delivery period is about to end</source>
        <translation>El plazo de entrega está a punto de vencer</translation>
    </message>
    <message>
        <source>It is going back to the seller</source>
        <translation>Está volviendo al vendedor</translation>
    </message>
    <message>
        <source>It is held at customs</source>
        <translation>Está retenido en aduanas</translation>
    </message>
    <message>
        <source>It is not as described (size, colour, material, model)</source>
        <translation>No es como se describe (talla, color, material, modelo)</translation>
    </message>
    <message>
        <source>It doesn&apos;t work or is defective</source>
        <translation>No funciona o es defectuoso</translation>
    </message>
    <message>
        <source>It arrived damaged</source>
        <translation>Ha llegado dañado</translation>
    </message>
    <message>
        <source>I got a different item</source>
        <translation>He recibido otro artículo</translation>
    </message>
    <message>
        <source>Fewer items than I ordered</source>
        <translation>Menos unidades de las que pedí</translation>
    </message>
    <message>
        <source>It is a counterfeit</source>
        <translation>Es una falsificación</translation>
    </message>
    <message>
        <source>The parcel was empty</source>
        <translation>El paquete estaba vacío</translation>
    </message>
</context>
<context>
    <name>DisputeWizard</name>
    <message>
        <source>Open a dispute — order %1</source>
        <translation>Abrir disputa — pedido %1</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Language of the draft:</source>
        <translation>Idioma del borrador:</translation>
    </message>
    <message>
        <source>Parts still to fill in</source>
        <translation>Partes que aún hay que rellenar</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copiar al portapapeles</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Copiar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied, with %n part(s) in […] still to fill in: fill them in before you send it.</source>
        <translation>
            <numerusform>Copiado, con %n parte entre […] aún por rellenar: rellénala antes de enviarlo.</numerusform>
            <numerusform>Copiado, con %n partes entre […] aún por rellenar: rellénalas antes de enviarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only you can fill in %n part(s) in […]: %1</source>
        <translation>
            <numerusform>Solo tú puedes rellenar %n parte entre […]: %1</numerusform>
            <numerusform>Solo tú puedes rellenar %n partes entre […]: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>Parts still to fill in</source>
        <translation>Partes que aún hay que rellenar</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Can you open it now?</source>
        <translation>¿Puedes abrirla ahora?</translation>
    </message>
    <message>
        <source>For this order and your reason, as of now.</source>
        <translation>Para este pedido y tu motivo, en este momento.</translation>
    </message>
    <message>
        <source>Can the dispute be opened</source>
        <translation>Se puede abrir la disputa</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Por qué no</translation>
    </message>
    <message>
        <source>Last chance</source>
        <translation>Última oportunidad</translation>
    </message>
    <message>
        <source>Other ways to get your money back</source>
        <translation>Otras formas de recuperar tu dinero</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Qué puedes hacer</translation>
    </message>
    <message>
        <source>You can&apos;t go on from here now: press Close.</source>
        <translation>Ahora no puedes continuar desde aquí: pulsa Cerrar.</translation>
    </message>
    <message>
        <source>Next in this guide</source>
        <translation>A continuación en esta guía</translation>
    </message>
    <message>
        <source>1. The evidence to gather for your reason, with photos you can add now.
2. The refund you ask for, and whether you send the item back.
3. The dispute text, ready to paste into the dispute form.

Nothing is recorded until you press Finish.</source>
        <translation>1. Las pruebas que debes reunir para tu motivo, con fotos que puedes añadir ahora.
2. El reembolso que pides y si devuelves el artículo.
3. El texto de la disputa, listo para pegarlo en el formulario de disputa.

No se registra nada hasta que pulses Finalizar.</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Lo que viene después</translation>
    </message>
    <message>
        <source>Last chance: you can still open it, until %1.</source>
        <translation>Última oportunidad: aún puedes abrirla, hasta %1.</translation>
    </message>
    <message>
        <source>Until the last chance is gone</source>
        <translation>Hasta que se acabe la última oportunidad</translation>
    </message>
    <message>
        <source>You can open it now, until %1.</source>
        <translation>Puedes abrirla ahora, hasta %1.</translation>
    </message>
    <message>
        <source>Until the dispute window closes</source>
        <translation>Hasta que se cierre el plazo para abrir disputa</translation>
    </message>
    <message>
        <source>You can open it from %1.</source>
        <translation>Puedes abrirla a partir de %1.</translation>
    </message>
    <message>
        <source>Until you can open it</source>
        <translation>Hasta que puedas abrirla</translation>
    </message>
    <message>
        <source>You can&apos;t open it now.</source>
        <translation>Ahora no puedes abrirla.</translation>
    </message>
    <message>
        <source>protection ends</source>
        <translation>el fin de la protección</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Welcome to Dispute Desk</source>
        <translation>Te damos la bienvenida a Dispute Desk</translation>
    </message>
    <message>
        <source>Keep every order with a live countdown to its next deadline: payment check, shipping, buyer protection, disputes and refunds. Everything stays on this computer.</source>
        <translation>Guarda cada pedido con una cuenta atrás en directo hasta su próximo plazo: verificación del pago, envío, protección al comprador, disputas y reembolsos. Todo se queda en este ordenador.</translation>
    </message>
    <message>
        <source>Add your first order…</source>
        <translation>Añade tu primer pedido…</translation>
    </message>
    <message>
        <source>Add your first order</source>
        <translation>Añade tu primer pedido</translation>
    </message>
    <message>
        <source>Try it with sample orders</source>
        <translation>Pruébalo con pedidos de ejemplo</translation>
    </message>
    <message>
        <source>Load sample orders</source>
        <translation>Cargar pedidos de ejemplo</translation>
    </message>
    <message>
        <source>Loads made-up orders, clearly marked, that you can remove again in one step.</source>
        <translation>Carga pedidos inventados, claramente marcados, que puedes volver a quitar en un solo paso.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>%1 — order %2</source>
        <translation>%1 — pedido %2</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Cuándo ocurrió</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>&amp;Note (required)</source>
        <translation>&amp;Nota (obligatoria)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>P&amp;rocessing time</source>
        <translation>Tiempo de p&amp;rocesamiento</translation>
    </message>
    <message>
        <source>&amp;Tracking number</source>
        <translation>Número de &amp;seguimiento</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>&amp;Transportista</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Elige un motivo…</translation>
    </message>
    <message>
        <source>Choose the outcome…</source>
        <translation>Elige el resultado…</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Days &amp;asked for</source>
        <translation>Días &amp;solicitados</translation>
    </message>
    <message>
        <source>The decision includes a return of the item</source>
        <translation>La resolución incluye la devolución del artículo</translation>
    </message>
    <message>
        <source>I will send the item back (return)</source>
        <translation>Devolveré el artículo (devolución)</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>The whole order</source>
        <translation>Todo el pedido</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Artículo %1: %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Artículo</translation>
    </message>
    <message>
        <source>Countdown on the order page</source>
        <translation>Cuenta atrás en la página del pedido</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Not entered (estimated from the rules)</source>
        <translation>No introducido (estimado según las reglas)</translation>
    </message>
    <message>
        <source>Extended by days</source>
        <translation>Ampliado en días</translation>
    </message>
    <message>
        <source>&amp;Buyer protection</source>
        <translation>&amp;Protección al comprador</translation>
    </message>
    <message>
        <source>in %1, e.g. 12.34</source>
        <translation>en %1, p. ej. 12.34</translation>
    </message>
    <message>
        <source>Re&amp;fund asked</source>
        <translation>Reembolso &amp;solicitado</translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation>&amp;Oferta</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>Enter an amount of more than zero.</source>
        <translation>Introduce un importe mayor que cero.</translation>
    </message>
    <message>
        <source>That is more than the order total, %1.</source>
        <translation>Supera el total del pedido, %1.</translation>
    </message>
    <message>
        <source>Enter the new tracking number.</source>
        <translation>Introduce el nuevo número de seguimiento.</translation>
    </message>
    <message>
        <source>Choose the reason for the dispute.</source>
        <translation>Elige el motivo de la disputa.</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>Elige el resultado.</translation>
    </message>
    <message>
        <source>Only a full refund comes with a return: with a partial one you keep the item.</source>
        <translation>Solo un reembolso total implica una devolución: con uno parcial te quedas el artículo.</translation>
    </message>
    <message>
        <source>Enter the amount of the partial refund.</source>
        <translation>Introduce el importe del reembolso parcial.</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>Escribe la nota.</translation>
    </message>
    <message>
        <source>To record: %1</source>
        <translation>Para registrar: %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Record that you paid for the order</source>
        <translation>Registra que has pagado el pedido</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Record that the seller shipped the order</source>
        <translation>Registra que el vendedor ha enviado el pedido</translation>
    </message>
    <message>
        <source>Tracking update</source>
        <translation>Actualización de seguimiento</translation>
    </message>
    <message>
        <source>Record a new tracking number or carrier</source>
        <translation>Registra un nuevo número de seguimiento o transportista</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Record that tracking shows the parcel delivered</source>
        <translation>Registra que el seguimiento indica que el paquete se ha entregado</translation>
    </message>
    <message>
        <source>Confirm receipt</source>
        <translation>Confirmar recepción</translation>
    </message>
    <message>
        <source>Record that you confirmed receipt of the order</source>
        <translation>Registra que has confirmado la recepción del pedido</translation>
    </message>
    <message>
        <source>Cancellation requested</source>
        <translation>Cancelación solicitada</translation>
    </message>
    <message>
        <source>Record that you asked to cancel the order</source>
        <translation>Registra que has solicitado cancelar el pedido</translation>
    </message>
    <message>
        <source>Cancellation approved</source>
        <translation>Cancelación aprobada</translation>
    </message>
    <message>
        <source>Record that the seller approved the cancellation</source>
        <translation>Registra que el vendedor ha aprobado la cancelación</translation>
    </message>
    <message>
        <source>Cancellation refused</source>
        <translation>Cancelación rechazada</translation>
    </message>
    <message>
        <source>Record that the seller refused to cancel</source>
        <translation>Registra que el vendedor se ha negado a cancelar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Record that the order was cancelled</source>
        <translation>Registra que el pedido se ha cancelado</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation>Ampliación solicitada</translation>
    </message>
    <message>
        <source>Record that you asked the seller to extend buyer protection</source>
        <translation>Registra que has pedido al vendedor que amplíe la protección al comprador</translation>
    </message>
    <message>
        <source>Protection extended</source>
        <translation>Protección ampliada</translation>
    </message>
    <message>
        <source>Record that buyer protection was extended</source>
        <translation>Registra que se ha ampliado la protección al comprador</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>Disputa abierta</translation>
    </message>
    <message>
        <source>Record that you opened a dispute</source>
        <translation>Registra que has abierto una disputa</translation>
    </message>
    <message>
        <source>Dispute cancelled</source>
        <translation>Disputa cancelada</translation>
    </message>
    <message>
        <source>Record that you cancelled the open dispute</source>
        <translation>Registra que has cancelado la disputa abierta</translation>
    </message>
    <message>
        <source>Seller responded</source>
        <translation>Respuesta del vendedor</translation>
    </message>
    <message>
        <source>Record the seller&apos;s answer to the dispute</source>
        <translation>Registra la respuesta del vendedor a la disputa</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Disputa escalada</translation>
    </message>
    <message>
        <source>Record that the dispute went to the platform</source>
        <translation>Registra que la disputa ha pasado a la plataforma</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Record how the dispute was decided</source>
        <translation>Registra cómo se ha resuelto la disputa</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>Apelación</translation>
    </message>
    <message>
        <source>Record that you appealed the decision</source>
        <translation>Registra que has apelado la resolución</translation>
    </message>
    <message>
        <source>Refund issued</source>
        <translation>Reembolso emitido</translation>
    </message>
    <message>
        <source>Record that the refund was issued</source>
        <translation>Registra que se ha emitido el reembolso</translation>
    </message>
    <message>
        <source>Refund received</source>
        <translation>Reembolso recibido</translation>
    </message>
    <message>
        <source>Record that the refund arrived</source>
        <translation>Registra que ha llegado el reembolso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Add a note to the order&apos;s timeline</source>
        <translation>Añade una nota a la cronología del pedido</translation>
    </message>
    <message>
        <source>Not received: tracking stopped moving</source>
        <translation>No recibido: el seguimiento se ha detenido</translation>
    </message>
    <message>
        <source>Not received: sent to the wrong address</source>
        <translation>No recibido: enviado a una dirección equivocada</translation>
    </message>
    <message>
        <source>Not received: delivery period ending</source>
        <translation>No recibido: plazo de entrega a punto de vencer</translation>
    </message>
    <message>
        <source>Not received: returned to the sender</source>
        <translation>No recibido: devuelto al remitente</translation>
    </message>
    <message>
        <source>Not received: held at customs</source>
        <translation>No recibido: retenido en aduanas</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>No es como se describe</translation>
    </message>
    <message>
        <source>Defective, doesn&apos;t work</source>
        <translation>Defectuoso, no funciona</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Artículo equivocado</translation>
    </message>
    <message>
        <source>Fewer items than ordered</source>
        <translation>Menos unidades de las pedidas</translation>
    </message>
    <message>
        <source>Counterfeit</source>
        <translation>Falsificación</translation>
    </message>
    <message>
        <source>Empty parcel</source>
        <translation>Paquete vacío</translation>
    </message>
    <message>
        <source>Changed my mind</source>
        <translation>He cambiado de opinión</translation>
    </message>
    <message>
        <source>Found it cheaper</source>
        <translation>Lo he encontrado más barato</translation>
    </message>
    <message>
        <source>Seller out of stock</source>
        <translation>El vendedor no tiene existencias</translation>
    </message>
    <message>
        <source>Seller raised the price</source>
        <translation>El vendedor ha subido el precio</translation>
    </message>
    <message>
        <source>The seller asked for it</source>
        <translation>El vendedor me lo ha pedido</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>Reembolso total</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>Reembolso parcial</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>taken %1</source>
        <translation>fecha de captura: %1</translation>
    </message>
    <message>
        <source>Photos and videos (%1)</source>
        <translation>Fotos y vídeos (%1)</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Fotos (%1)</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>Vídeos (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add photos and videos</source>
        <translation>Añadir fotos y vídeos</translation>
    </message>
    <message numerus="yes">
        <source>Adding files to order %1: %n…</source>
        <translation>
            <numerusform>Añadiendo archivos al pedido %1: %n…</numerusform>
            <numerusform>Añadiendo archivos al pedido %1: %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add evidence to order %1</source>
        <translation>Añadir pruebas al pedido %1</translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>No se ha añadido nada: %1</translation>
    </message>
    <message>
        <source>Adding evidence</source>
        <translation>Añadiendo pruebas</translation>
    </message>
    <message numerus="yes">
        <source>Checking and storing %n file(s) for order %1…</source>
        <translation>
            <numerusform>Comprobando y guardando %n archivo del pedido %1…</numerusform>
            <numerusform>Comprobando y guardando %n archivos del pedido %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to the trash</source>
        <translation>Mover %1 a la papelera</translation>
    </message>
    <message>
        <source>The clipboard holds no picture or file to add.</source>
        <translation>El portapapeles no contiene ninguna imagen ni archivo que añadir.</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Moved %1 to the trash. Undo with %2.</source>
        <translation>%1 se ha movido a la papelera. Deshazlo con %2.</translation>
    </message>
    <message>
        <source>Play video</source>
        <translation>Reproducir vídeo</translation>
    </message>
    <message>
        <source>No program opened %1.</source>
        <translation>Ningún programa ha abierto %1.</translation>
    </message>
    <message>
        <source>Make the case pack in…</source>
        <translation>Crear el expediente en…</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <source>Could not make the folder %1: %2</source>
        <translation>No se ha podido crear la carpeta %1: %2</translation>
    </message>
    <message>
        <source>Case pack</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Case pack %1</source>
        <translation>Expediente %1</translation>
    </message>
    <message>
        <source>Making the case pack for order %1…</source>
        <translation>Creando el expediente del pedido %1…</translation>
    </message>
    <message>
        <source>Case pack of order %1</source>
        <translation>Expediente del pedido %1</translation>
    </message>
    <message>
        <source>No case pack was made: %1</source>
        <translation>No se ha creado el expediente: %1</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <source>&amp;Add photos…</source>
        <translation>Añadir &amp;fotos…</translation>
    </message>
    <message>
        <source>Add photos or videos to the order as evidence</source>
        <translation>Añade fotos o vídeos al pedido como pruebas</translation>
    </message>
    <message>
        <source>&amp;Paste photo</source>
        <translation>&amp;Pegar foto</translation>
    </message>
    <message>
        <source>Add the picture or files on the clipboard to the order</source>
        <translation>Añade al pedido la imagen o los archivos del portapapeles</translation>
    </message>
    <message>
        <source>Show &amp;gallery…</source>
        <translation>Mostrar &amp;galería…</translation>
    </message>
    <message>
        <source>Make case &amp;pack…</source>
        <translation>Crear e&amp;xpediente…</translation>
    </message>
    <message>
        <source>A PDF case file and upload-ready photo copies in a folder</source>
        <translation>Un archivo PDF del caso y copias de las fotos listas para subir, en una carpeta</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>&amp;Pruebas</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <source>Evidence of the order</source>
        <translation>Pruebas del pedido</translation>
    </message>
    <message>
        <source>Drop photos or videos here, or paste with Ctrl+V.</source>
        <translation>Arrastra fotos o vídeos aquí, o pégalos con Ctrl+V.</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>Añadir &amp;fotos…</translation>
    </message>
    <message>
        <source>Add photos or videos to the order</source>
        <translation>Añade fotos o vídeos al pedido</translation>
    </message>
    <message>
        <source>&amp;Gallery…</source>
        <translation>&amp;Galería…</translation>
    </message>
    <message>
        <source>Open the evidence gallery</source>
        <translation>Abre la galería de pruebas</translation>
    </message>
    <message numerus="yes">
        <source>Photos and videos attached to this order: %n.</source>
        <translation>
            <numerusform>Fotos y vídeos adjuntos a este pedido: %n.</numerusform>
            <numerusform>Fotos y vídeos adjuntos a este pedido: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No photos or videos attached to this order yet.</source>
        <translation>Aún no hay fotos ni vídeos adjuntos a este pedido.</translation>
    </message>
</context>
<context>
    <name>EvidenceGallery</name>
    <message>
        <source>Evidence — order %1</source>
        <translation>Pruebas — pedido %1</translation>
    </message>
    <message>
        <source>Evidence gallery</source>
        <translation>Galería de pruebas</translation>
    </message>
    <message>
        <source>Add a caption: what the photo shows</source>
        <translation>Añade una descripción: qué muestra la foto</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>All photos and videos</source>
        <translation>Todas las fotos y vídeos</translation>
    </message>
    <message>
        <source>No photos yet — drop files here or paste a screenshot (Ctrl+V)</source>
        <translation>Aún no hay fotos: arrastra archivos aquí o pega una captura de pantalla (Ctrl+V)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Play…</source>
        <translation>Reproducir…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Tick what you have. Keep these ready to upload on the dispute form.</source>
        <translation>Marca lo que tienes. Tenlo listo para subirlo en el formulario de disputa.</translation>
    </message>
    <message>
        <source>Evidence ready</source>
        <translation>Pruebas listas</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ready.</source>
        <translation>
            <numerusform>%1 de %n lista.</numerusform>
            <numerusform>%1 de %n listas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing special to prepare for this reason.</source>
        <translation>No hay que preparar nada especial para este motivo.</translation>
    </message>
</context>
<context>
    <name>EvidenceStrip</name>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add photos or videos to the order</source>
        <translation>Añade fotos o vídeos al pedido</translation>
    </message>
    <message>
        <source>Add photos or videos (or drop files here, or paste with Ctrl+V)</source>
        <translation>Añade fotos o vídeos (o arrastra archivos aquí, o pega con Ctrl+V)</translation>
    </message>
    <message>
        <source>Gallery…</source>
        <translation>Galería…</translation>
    </message>
    <message>
        <source>Open the evidence gallery</source>
        <translation>Abre la galería de pruebas</translation>
    </message>
    <message>
        <source>Show the removed photos and videos</source>
        <translation>Muestra las fotos y vídeos eliminados</translation>
    </message>
    <message>
        <source>Photos and videos of the order</source>
        <translation>Fotos y vídeos del pedido</translation>
    </message>
    <message>
        <source>No photos yet — drop files here or paste a screenshot (Ctrl+V)</source>
        <translation>Aún no hay fotos: arrastra archivos aquí o pega una captura de pantalla (Ctrl+V)</translation>
    </message>
    <message numerus="yes">
        <source>Photos and videos: %n</source>
        <translation>
            <numerusform>Fotos y vídeos: %n</numerusform>
            <numerusform>Fotos y vídeos: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos and videos</source>
        <translation>Fotos y vídeos</translation>
    </message>
    <message>
        <source>No photos or videos.</source>
        <translation>No hay fotos ni vídeos.</translation>
    </message>
    <message>
        <source>Removed (%1)…</source>
        <translation>Eliminados (%1)…</translation>
    </message>
</context>
<context>
    <name>EvidenceTrashDialog</name>
    <message>
        <source>Removed photos and videos of %1</source>
        <translation>Fotos y vídeos eliminados de %1</translation>
    </message>
    <message>
        <source>Choose what to bring back to the order.</source>
        <translation>Elige lo que quieres devolver al pedido.</translation>
    </message>
    <message>
        <source>Photos and videos in the trash</source>
        <translation>Fotos y vídeos en la papelera</translation>
    </message>
    <message>
        <source>Nothing of this order is in the trash.</source>
        <translation>No hay nada de este pedido en la papelera.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore the chosen photos and videos</source>
        <translation>Restaura las fotos y vídeos elegidos</translation>
    </message>
    <message>
        <source>(removed %1)</source>
        <translation>(eliminado el %1)</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Orders as &amp;CSV…</source>
        <translation>Pedidos en &amp;CSV…</translation>
    </message>
    <message>
        <source>Everything as &amp;JSON…</source>
        <translation>Todo en &amp;JSON…</translation>
    </message>
    <message>
        <source>Deadlines as calendar (&amp;ICS)…</source>
        <translation>Plazos como calendario (&amp;ICS)…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1</source>
        <translation>
            <numerusform>%n pedido exportado a %1</numerusform>
            <numerusform>%n pedidos exportados a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) with their history to %1</source>
        <translation>
            <numerusform>%n pedido exportado con su historial a %1</numerusform>
            <numerusform>%n pedidos exportados con su historial a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deadline(s) to the calendar file %1</source>
        <translation>
            <numerusform>%n plazo exportado al archivo de calendario %1</numerusform>
            <numerusform>%n plazos exportados al archivo de calendario %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy of your data in another format</source>
        <translation>Guarda una copia de tus datos en otro formato</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>No se ha podido exportar a %1: %2</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>What did you do?</source>
        <translation>¿Qué has hecho?</translation>
    </message>
    <message>
        <source>Choose what happened. Finish records it on the order&apos;s timeline, and the app then counts down to what comes next.</source>
        <translation>Elige lo que ha pasado. Finalizar lo registra en la cronología del pedido y luego la aplicación hace la cuenta atrás hasta lo siguiente.</translation>
    </message>
    <message>
        <source>I pressed Cancel order (requested cancellation)</source>
        <translation>He pulsado Cancelar pedido (cancelación solicitada)</translation>
    </message>
    <message>
        <source>The seller approved the cancellation</source>
        <translation>El vendedor ha aprobado la cancelación</translation>
    </message>
    <message>
        <source>The seller refused</source>
        <translation>El vendedor la ha rechazado</translation>
    </message>
    <message>
        <source>The seller says it has shipped</source>
        <translation>El vendedor dice que ya lo ha enviado</translation>
    </message>
    <message>
        <source>I cancelled it on the order page</source>
        <translation>Lo he cancelado en la página del pedido</translation>
    </message>
    <message>
        <source>The money arrived</source>
        <translation>Ha llegado el dinero</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>¿Qué ha pasado?</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Nada todavía</translation>
    </message>
    <message>
        <source>Finish records: %1.</source>
        <translation>Finalizar registra: %1.</translation>
    </message>
    <message>
        <source>Nothing is recorded. Open this wizard again when something happens.</source>
        <translation>No se registra nada. Vuelve a abrir este asistente cuando pase algo.</translation>
    </message>
</context>
<context>
    <name>GuideWizard</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>How to use Dispute Desk, step by step</source>
        <translation>Cómo usar Dispute Desk, paso a paso</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>The folder with the log to attach to a problem report</source>
        <translation>La carpeta con el registro que hay que adjuntar a un informe de problema</translation>
    </message>
    <message>
        <source>&amp;About Dispute Desk</source>
        <translation>&amp;Acerca de Dispute Desk</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import orders</source>
        <translation>Importar pedidos</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Elige el archivo que quieres importar</translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation>Detectar por el contenido</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <source>Text encoding of the file</source>
        <translation>Codificación de texto del archivo</translation>
    </message>
    <message>
        <source>If the titles look garbled in the preview, choose the encoding the file was saved in</source>
        <translation>Si los títulos se ven con caracteres extraños en la vista previa, elige la codificación con la que se guardó el archivo</translation>
    </message>
    <message>
        <source>Currency for prices that name none</source>
        <translation>Moneda para los precios que no indican ninguna</translation>
    </message>
    <message>
        <source>&amp;Remember as my default</source>
        <translation>&amp;Recordar como predeterminada</translation>
    </message>
    <message>
        <source>Use this currency for prices that name none in later imports too</source>
        <translation>Usar esta moneda también en futuras importaciones para los precios que no indican ninguna</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Mone&amp;da:</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation>Elige un archivo para ver lo que contiene.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Lo que hará la importación</translation>
    </message>
    <message>
        <source>Rows that can&apos;t be imported:</source>
        <translation>Filas que no se pueden importar:</translation>
    </message>
    <message>
        <source>Rows that can&apos;t be imported, with their line numbers</source>
        <translation>Filas que no se pueden importar, con sus números de línea</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the orders</source>
        <translation>Importa los pedidos</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Ca&amp;ncelar importación</translation>
    </message>
    <message>
        <source>Stop the import; nothing is imported</source>
        <translation>Detiene la importación; no se importa nada</translation>
    </message>
    <message>
        <source>Order files (*.csv *.json *.xlsx *.tsv *.txt *.eml *.mbox);;All files (*)</source>
        <translation>Archivos de pedidos (*.csv *.json *.xlsx *.tsv *.txt *.eml *.mbox);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>from the settings (%1)</source>
        <translation>de los ajustes (%1)</translation>
    </message>
    <message>
        <source>Cancelling… nothing of this import will be saved.</source>
        <translation>Cancelando… no se guardará nada de esta importación.</translation>
    </message>
    <message>
        <source>Detect from the content (found: %1)</source>
        <translation>Detectar por el contenido (detectado: %1)</translation>
    </message>
    <message>
        <source>%1, read as %2</source>
        <translation>%1, leído como %2</translation>
    </message>
    <message>
        <source>%1: %2 to add, %3 to update, %4 unchanged, %5 skipped.</source>
        <translation>%1: %2 para añadir, %3 para actualizar, %4 sin cambios, %5 omitidos.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file can&apos;t be read (listed below).</source>
        <translation>
            <numerusform>%n fila del archivo no se puede leer (se muestra abajo).</numerusform>
            <numerusform>%n filas del archivo no se pueden leer (se muestran abajo).</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 added, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation>Hecho: %1 añadidos, %2 actualizados, %3 sin cambios, %4 omitidos.</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>La importación ha fallado: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Lines %1 of the file</source>
        <translation>Líneas %1 del archivo</translation>
    </message>
</context>
<context>
    <name>ImportWarning</name>
    <message>
        <source>Stores to avoid in this file</source>
        <translation>Tiendas que evitar en este archivo</translation>
    </message>
    <message numerus="yes">
        <source>From stores you marked to avoid: %1 (%n order(s) to add).</source>
        <translation>
            <numerusform>De tiendas que marcaste para evitar: %1 (%n pedido para añadir).</numerusform>
            <numerusform>De tiendas que marcaste para evitar: %1 (%n pedidos para añadir).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsTabs</name>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Pedidos</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Estadísticas</translation>
    </message>
    <message>
        <source>S&amp;tores</source>
        <translation>&amp;Tiendas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
</context>
<context>
    <name>ItemsSection</name>
    <message>
        <source>Items and their disputes</source>
        <translation>Artículos y sus disputas</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Refunded in all: %1 of %2</source>
        <translation>Reembolsado en total: %1 de %2</translation>
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
        <translation>En la disputa por todo el pedido</translation>
    </message>
    <message>
        <source>Refund received: %1</source>
        <translation>Reembolso recibido: %1</translation>
    </message>
    <message>
        <source>%1, asked %2</source>
        <translation>%1; solicitado: %2</translation>
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
        <translation>El idioma de la ventana y de las fechas, números e importes que aparecen en ella. De forma predeterminada, Dispute Desk usa el idioma de tu sistema si lo conoce y, si no, el inglés.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>When the language changes</source>
        <translation>Cuando cambia el idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>Dispute Desk speaks %1 from its next start: close it and open it again.</source>
        <translation>Idioma de Dispute Desk a partir del próximo inicio: %1. Ciérralo y vuelve a abrirlo.</translation>
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
        <translation>Selecciona un pedido para ver sus plazos y su historial.</translation>
    </message>
    <message>
        <source>Loading sample orders…</source>
        <translation>Cargando pedidos de ejemplo…</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Deshecho: %1.</translation>
    </message>
    <message>
        <source>Done again: %1.</source>
        <translation>Rehecho: %1.</translation>
    </message>
    <message>
        <source>Quit Dispute Desk</source>
        <translation>Salir de Dispute Desk</translation>
    </message>
    <message>
        <source>Something you typed has not been saved yet. Quit anyway and lose it?</source>
        <translation>Hay algo que has escrito que aún no se ha guardado. ¿Salir de todos modos y perderlo?</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import orders from an export file or e-mails</source>
        <translation>Importa pedidos desde un archivo exportado o desde correos electrónicos</translation>
    </message>
    <message>
        <source>Add from order &amp;page text…</source>
        <translation>Añadir desde el texto de la &amp;página del pedido…</translation>
    </message>
    <message>
        <source>Paste an order page and add the order</source>
        <translation>Pega la página de un pedido y añade el pedido</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Nuevo pedido…</translation>
    </message>
    <message>
        <source>Add an order</source>
        <translation>Añade un pedido</translation>
    </message>
    <message>
        <source>&amp;Edit order…</source>
        <translation>&amp;Editar pedido…</translation>
    </message>
    <message>
        <source>Open &amp;dispute…</source>
        <translation>Abrir &amp;disputa…</translation>
    </message>
    <message>
        <source>Check whether a dispute can be opened, and prepare it</source>
        <translation>Comprueba si se puede abrir una disputa y prepárala</translation>
    </message>
    <message>
        <source>&amp;Cancel order…</source>
        <translation>&amp;Cancelar pedido…</translation>
    </message>
    <message>
        <source>What to do to cancel the order, step by step</source>
        <translation>Qué hacer para cancelar el pedido, paso a paso</translation>
    </message>
    <message>
        <source>&amp;Open order</source>
        <translation>&amp;Abrir pedido</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>&amp;Mover a la papelera</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Remove sample orders</source>
        <translation>Quitar pedidos de ejemplo</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Ed&amp;itar</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>Pe&amp;dido</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>Message to the seller</source>
        <translation>Mensaje al vendedor</translation>
    </message>
    <message>
        <source>Send it in the chat on the order page. Edit the draft as you like.</source>
        <translation>Envíalo por el chat de la página del pedido. Edita el borrador como quieras.</translation>
    </message>
    <message>
        <source>Copied. Paste it into the chat with the seller.</source>
        <translation>Copiado. Pégalo en el chat con el vendedor.</translation>
    </message>
    <message>
        <source>About the order number</source>
        <translation>Sobre el número de pedido</translation>
    </message>
    <message>
        <source>The draft names your order number, %1, so the seller finds the order.</source>
        <translation>El borrador incluye tu número de pedido, %1, para que el vendedor encuentre el pedido.</translation>
    </message>
    <message>
        <source>The draft no longer names your order number, %1: the seller needs it.</source>
        <translation>El borrador ya no incluye tu número de pedido, %1: el vendedor lo necesita.</translation>
    </message>
</context>
<context>
    <name>NumbersTable</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the &amp;whole table</source>
        <translation>Copiar toda la &amp;tabla</translation>
    </message>
</context>
<context>
    <name>OrderCommands</name>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n order(s) to the trash. Undo with %1.</source>
        <translation>
            <numerusform>%n pedido movido a la papelera. Deshazlo con %1.</numerusform>
            <numerusform>%n pedidos movidos a la papelera. Deshazlo con %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>OrderDetailPanel</name>
    <message>
        <source>Order details</source>
        <translation>Detalles del pedido</translation>
    </message>
    <message>
        <source>Select an order to see its deadlines and history.</source>
        <translation>Selecciona un pedido para ver sus plazos y su historial.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Record what happened</source>
        <translation>Registrar lo ocurrido</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the order number</source>
        <translation>Copia el número de pedido</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the order</source>
        <translation>Edita el pedido</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Move the order to the trash</source>
        <translation>Mueve el pedido a la papelera</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore the order from the trash</source>
        <translation>Restaura el pedido desde la papelera</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Cancelar pedido…</translation>
    </message>
    <message>
        <source>Guide: cancel this order</source>
        <translation>Guía: cancelar este pedido</translation>
    </message>
    <message>
        <source>What to do to cancel this order, and what happens next</source>
        <translation>Qué hacer para cancelar este pedido y qué pasa después</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>A note for the timeline: what the seller said, a promise…</source>
        <translation>Una nota para la cronología: lo que dijo el vendedor, una promesa…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Add the note to the timeline</source>
        <translation>Añade la nota a la cronología</translation>
    </message>
    <message>
        <source>Add the note to the timeline (Ctrl+Enter)</source>
        <translation>Añade la nota a la cronología (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>No other open deadlines: the dispute&apos;s dates are above.</source>
        <translation>No hay otros plazos abiertos: las fechas de la disputa están arriba.</translation>
    </message>
    <message>
        <source>%1 · in the trash</source>
        <translation>%1 · en la papelera</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Tienda: %1</translation>
    </message>
    <message>
        <source>Total: %1 · paid by %2</source>
        <translation>Total: %1 · pagado con %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Restore the order to record what happened.</source>
        <translation>Restaura el pedido para registrar lo ocurrido.</translation>
    </message>
    <message>
        <source>Nothing to record right now.</source>
        <translation>No hay nada que registrar ahora mismo.</translation>
    </message>
    <message numerus="yes">
        <source>• and %n more item(s)</source>
        <translation>
            <numerusform>• y %n artículo más</numerusform>
            <numerusform>• y %n artículos más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderEditorDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>What you typed in this dialog will be lost.</source>
        <translation>Lo que has escrito en este cuadro de diálogo se perderá.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Monedero electrónico</translation>
    </message>
    <message>
        <source>Marketplace balance</source>
        <translation>Saldo de la plataforma</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Add order</source>
        <translation>Añadir pedido</translation>
    </message>
    <message>
        <source>Edit order %1</source>
        <translation>Editar el pedido %1</translation>
    </message>
    <message>
        <source>e.g. 8196543210987654</source>
        <translation>p. ej. 8196543210987654</translation>
    </message>
    <message>
        <source>About the order number</source>
        <translation>Sobre el número de pedido</translation>
    </message>
    <message>
        <source>Order &amp;number</source>
        <translation>&amp;Número de pedido</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Tienda</translation>
    </message>
    <message>
        <source>What you ordered</source>
        <translation>Lo que has pedido</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <source>e.g. &quot;US $12.34&quot; or &quot;12,34&quot;</source>
        <translation>p. ej. &quot;US $12.34&quot; o &quot;12,34&quot;</translation>
    </message>
    <message>
        <source>Total as read</source>
        <translation>Total tal como aparece</translation>
    </message>
    <message>
        <source>T&amp;otal</source>
        <translation>T&amp;otal</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>&amp;Payment method</source>
        <translation>Método de &amp;pago</translation>
    </message>
    <message>
        <source>Ordered at</source>
        <translation>Fecha del pedido</translation>
    </message>
    <message>
        <source>Pai&amp;d</source>
        <translation>Pa&amp;gado</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Fecha del pago</translation>
    </message>
    <message>
        <source>Change it in Settings → Rules. Countdowns are exact in any zone.</source>
        <translation>Cámbiala en Ajustes → Reglas de plazos. Las cuentas atrás son exactas en cualquier zona.</translation>
    </message>
    <message>
        <source>Ship-by countdown</source>
        <translation>Cuenta atrás de envío</translation>
    </message>
    <message>
        <source>Ship-&amp;by countdown</source>
        <translation>Cuenta atrás de &amp;envío</translation>
    </message>
    <message>
        <source>Ordered &amp;at</source>
        <translation>&amp;Fecha del pedido</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>P&amp;rocessing time</source>
        <translation>Tiempo de p&amp;rocesamiento</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>Not&amp;a</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Dates as on the order page, in this computer&apos;s time zone (%1).</source>
        <translation>Fechas tal como aparecen en la página del pedido, en la zona horaria de este ordenador (%1).</translation>
    </message>
    <message>
        <source>Dates as on the order page, in %1 (%2).</source>
        <translation>Fechas tal como aparecen en la página del pedido, en %1 (%2).</translation>
    </message>
    <message>
        <source>Enter the total.</source>
        <translation>Introduce el total.</translation>
    </message>
    <message>
        <source>The order date is in the future.</source>
        <translation>La fecha del pedido está en el futuro.</translation>
    </message>
    <message>
        <source>The payment time is in the future.</source>
        <translation>La hora del pago está en el futuro.</translation>
    </message>
    <message>
        <source>The payment time is before the order time.</source>
        <translation>La hora del pago es anterior a la del pedido.</translation>
    </message>
    <message>
        <source>Enter the store&apos;s name.</source>
        <translation>Introduce el nombre de la tienda.</translation>
    </message>
    <message>
        <source>Enter what you ordered.</source>
        <translation>Introduce lo que has pedido.</translation>
    </message>
    <message>
        <source>Enter a currency code such as USD or EUR.</source>
        <translation>Introduce un código de moneda como USD o EUR.</translation>
    </message>
    <message>
        <source>Unknown currency &quot;%1&quot;: use an ISO code such as USD or EUR.</source>
        <translation>Moneda desconocida &quot;%1&quot;: usa un código ISO como USD o EUR.</translation>
    </message>
    <message>
        <source>To save: %1</source>
        <translation>Para guardar: %1</translation>
    </message>
</context>
<context>
    <name>OrderList</name>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Due within 48 hours</source>
        <translation>Vence en menos de 48 horas</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Vence en menos de 7 días</translation>
    </message>
    <message>
        <source>Due within 14 days</source>
        <translation>Vence en menos de 14 días</translation>
    </message>
    <message>
        <source>More than 14 days left</source>
        <translation>Quedan más de 14 días</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Próximo plazo</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Waiting, nothing to do</source>
        <translation>En espera, nada que hacer</translation>
    </message>
    <message>
        <source>No open deadline</source>
        <translation>Ningún plazo abierto</translation>
    </message>
    <message>
        <source>%1: %2, due %3</source>
        <translation>%1: %2, vence el %3</translation>
    </message>
    <message>
        <source>Sample order (made up)</source>
        <translation>Pedido de ejemplo (inventado)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n items</source>
        <translation>
            <numerusform>%1 · %n artículo</numerusform>
            <numerusform>%1 · %n artículos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderListPanel</name>
    <message>
        <source>Order views</source>
        <translation>Vistas de pedidos</translation>
    </message>
    <message>
        <source>Search order, store, title, tracking</source>
        <translation>Buscar pedido, tienda, título, seguimiento</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Buscar pedidos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search all orders</source>
        <translation>Buscar en todos los pedidos</translation>
    </message>
    <message>
        <source>No orders match “%1”.</source>
        <translation>Ningún pedido coincide con «%1».</translation>
    </message>
    <message>
        <source>No orders in %1 match “%2”.</source>
        <translation>Ningún pedido de %1 coincide con «%2».</translation>
    </message>
    <message numerus="yes">
        <source>Other views hold %n matching order(s).</source>
        <translation>
            <numerusform>Otras vistas contienen %n pedido que coincide.</numerusform>
            <numerusform>Otras vistas contienen %n pedidos que coinciden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Nada requiere tu atención.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>No orders in %1.</source>
        <translation>No hay pedidos en %1.</translation>
    </message>
</context>
<context>
    <name>OrderNumber</name>
    <message>
        <source>Enter the order number.</source>
        <translation>Introduce el número de pedido.</translation>
    </message>
    <message>
        <source>The number contains a line break, a tab or another invisible character.</source>
        <translation>El número contiene un salto de línea, un tabulador u otro carácter invisible.</translation>
    </message>
    <message>
        <source>The number contains a space: copy the number alone.</source>
        <translation>El número contiene un espacio: copia solo el número.</translation>
    </message>
    <message>
        <source>An order number can&apos;t contain / or \ or ..</source>
        <translation>Un número de pedido no puede contener / ni \ ni ..</translation>
    </message>
    <message>
        <source>An order number has only letters, digits, - and _; this one has “%1”.</source>
        <translation>Un número de pedido solo tiene letras, cifras, - y _; este tiene «%1».</translation>
    </message>
    <message>
        <source>Not an AliExpress order number (those have %1 to %2 digits); fine if it is from another shop.</source>
        <translation>No es un número de pedido de AliExpress (estos tienen de %1 a %2 cifras); no pasa nada si es de otra tienda.</translation>
    </message>
</context>
<context>
    <name>OrderTable</name>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>%1 (no room at this width)</source>
        <translation>%1 (no cabe con este ancho)</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Time left until the order&apos;s next deadline</source>
        <translation>Tiempo restante hasta el próximo plazo del pedido</translation>
    </message>
</context>
<context>
    <name>PasteOrderDialog</name>
    <message>
        <source>Add an order from its page</source>
        <translation>Añadir un pedido desde su página</translation>
    </message>
    <message>
        <source>Open the order on AliExpress, select the page (Ctrl+A), copy it and paste it here. What is recognized shows on the right; check it and fill in what is missing.</source>
        <translation>Abre el pedido en AliExpress, selecciona la página (Ctrl+A), cópiala y pégala aquí. Lo que se reconozca aparece a la derecha; compruébalo y completa lo que falte.</translation>
    </message>
    <message>
        <source>Paste the order page here</source>
        <translation>Pega aquí la página del pedido</translation>
    </message>
    <message>
        <source>Pasted order page text</source>
        <translation>Texto pegado de la página del pedido</translation>
    </message>
    <message>
        <source>What was recognized</source>
        <translation>Lo que se ha reconocido</translation>
    </message>
    <message>
        <source>Recognized</source>
        <translation>Reconocido</translation>
    </message>
    <message>
        <source>What is still needed</source>
        <translation>Lo que aún falta</translation>
    </message>
    <message>
        <source>&amp;Add order</source>
        <translation>&amp;Añadir pedido</translation>
    </message>
    <message>
        <source>Add the order</source>
        <translation>Añade el pedido</translation>
    </message>
    <message>
        <source>Timer on the page: %1</source>
        <translation>Cuenta atrás en la página: %1</translation>
    </message>
    <message>
        <source>Payment method on the page: %1</source>
        <translation>Método de pago en la página: %1</translation>
    </message>
    <message>
        <source>Nothing recognized yet.</source>
        <translation>Aún no se ha reconocido nada.</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>número de pedido</translation>
    </message>
    <message>
        <source>store</source>
        <translation>tienda</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <source>order date</source>
        <translation>fecha del pedido</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Aún falta: %1</translation>
    </message>
</context>
<context>
    <name>PastedFields</name>
    <message>
        <source>Order &amp;number:</source>
        <translation>&amp;Número de pedido:</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Tienda:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>T&amp;otal:</source>
        <translation>T&amp;otal:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Mone&amp;da:</translation>
    </message>
    <message>
        <source>Or&amp;dered on:</source>
        <translation>Fec&amp;ha del pedido:</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>Fecha de &amp;pago:</translation>
    </message>
    <message>
        <source>Trac&amp;king number:</source>
        <translation>Número de &amp;seguimiento:</translation>
    </message>
    <message>
        <source>Carr&amp;ier:</source>
        <translation>Transport&amp;ista:</translation>
    </message>
    <message>
        <source>the store&apos;s name</source>
        <translation>el nombre de la tienda</translation>
    </message>
    <message>
        <source>what you bought</source>
        <translation>lo que has comprado</translation>
    </message>
    <message>
        <source>not paid yet, or not shown</source>
        <translation>aún no pagado, o no se muestra</translation>
    </message>
    <message>
        <source>not shipped yet, or not shown</source>
        <translation>aún no enviado, o no se muestra</translation>
    </message>
    <message>
        <source>Status on the page</source>
        <translation>Estado en la página</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>No countdown</source>
        <translation>Sin cuenta atrás</translation>
    </message>
    <message>
        <source>Buyer protection ends (delivery confirmation)</source>
        <translation>Fin de la protección al comprador (confirmación de entrega)</translation>
    </message>
    <message>
        <source>The seller must ship by</source>
        <translation>Fecha límite de envío del vendedor</translation>
    </message>
    <message>
        <source>What the countdown counts down to</source>
        <translation>A qué se refiere la cuenta atrás</translation>
    </message>
    <message>
        <source>Countdown on the order page</source>
        <translation>Cuenta atrás en la página del pedido</translation>
    </message>
    <message>
        <source>&amp;Countdown:</source>
        <translation>&amp;Cuenta atrás:</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>No se muestra</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Método de pago</translation>
    </message>
    <message>
        <source>Pa&amp;yment method:</source>
        <translation>Método de pa&amp;go:</translation>
    </message>
    <message>
        <source>Processing time in days</source>
        <translation>Tiempo de procesamiento en días</translation>
    </message>
    <message>
        <source>Processin&amp;g time:</source>
        <translation>Tiempo de p&amp;rocesamiento:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>no se muestra</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>ProcessingTimeField</name>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>In days</source>
        <translation>En días</translation>
    </message>
    <message>
        <source>Ship-by countdown on the order page</source>
        <translation>Cuenta atrás de envío en la página del pedido</translation>
    </message>
    <message>
        <source>Processing time is given as</source>
        <translation>Tiempo de procesamiento indicado como</translation>
    </message>
    <message>
        <source>Processing days</source>
        <translation>Días de procesamiento</translation>
    </message>
    <message>
        <source>Ship-by countdown</source>
        <translation>Cuenta atrás de envío</translation>
    </message>
    <message>
        <source>Enter the ship-by countdown, or choose another way to give the processing time.</source>
        <translation>Introduce la cuenta atrás de envío o elige otra forma de indicar el tiempo de procesamiento.</translation>
    </message>
</context>
<context>
    <name>ProtectionField</name>
    <message>
        <source>Protection given as</source>
        <translation>Protección indicada como</translation>
    </message>
    <message>
        <source>Protection countdown</source>
        <translation>Cuenta atrás de la protección</translation>
    </message>
    <message>
        <source>As the order page shows it now; counted from now, not from when it happened.</source>
        <translation>Tal como lo muestra ahora la página del pedido; se cuenta desde ahora, no desde cuando ocurrió.</translation>
    </message>
    <message>
        <source>Protection ends</source>
        <translation>Fin de la protección</translation>
    </message>
    <message>
        <source>Extended by days</source>
        <translation>Ampliado en días</translation>
    </message>
    <message>
        <source>Enter the countdown the order page shows.</source>
        <translation>Introduce la cuenta atrás que muestra la página del pedido.</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <source>“%1” is not a rate (try %2).</source>
        <translation>«%1» no es un tipo de cambio (prueba con %2).</translation>
    </message>
    <message>
        <source>A rate must be a positive number.</source>
        <translation>El tipo de cambio debe ser un número positivo.</translation>
    </message>
    <message>
        <source>Statistics show money per currency and never add currencies together. If you enter rates to a home currency here, they also show an estimated total in it, marked as converted. A rate applies from its date until the next one; nothing is fetched online. Changes here are saved as soon as you make them.</source>
        <translation>Las estadísticas muestran el dinero por moneda y nunca suman monedas distintas. Si aquí introduces tipos de cambio a una moneda principal, también muestran un total estimado en ella, marcado como convertido. Un tipo de cambio se aplica desde su fecha hasta el siguiente; no se descarga nada de internet. Los cambios de aquí se guardan en cuanto los haces.</translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation>Moneda principal</translation>
    </message>
    <message>
        <source>None (no converted totals)</source>
        <translation>Ninguna (sin totales convertidos)</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <source>Currency of the new rate</source>
        <translation>Moneda del nuevo tipo de cambio</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Rate: home currency units for one unit</source>
        <translation>Tipo de cambio: unidades de la moneda principal por una unidad</translation>
    </message>
    <message>
        <source>&amp;Add rate</source>
        <translation>&amp;Añadir tipo de cambio</translation>
    </message>
    <message>
        <source>&amp;Remove rate</source>
        <translation>&amp;Quitar tipo de cambio</translation>
    </message>
    <message>
        <source>&amp;Home currency:</source>
        <translation>Moneda &amp;principal:</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde el</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>Choose a home currency to enter rates.</source>
        <translation>Elige una moneda principal para introducir tipos de cambio.</translation>
    </message>
    <message>
        <source>Saved: 1 %1 = %2 %3 from %4.</source>
        <translation>Guardado: 1 %1 = %2 %3 desde el %4.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Eliminado.</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <source>What went wrong?</source>
        <translation>¿Qué ha salido mal?</translation>
    </message>
    <message>
        <source>Order %1 from %2: %3.</source>
        <translation>Pedido %1 de %2: %3.</translation>
    </message>
    <message>
        <source>Did the parcel arrive?</source>
        <translation>¿Ha llegado el paquete?</translation>
    </message>
    <message>
        <source>No, I &amp;haven&apos;t received it</source>
        <translation>No, no lo &amp;he recibido</translation>
    </message>
    <message>
        <source>&amp;Yes, but something is wrong with it</source>
        <translation>Sí, pero tiene algún &amp;problema</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>No recibido</translation>
    </message>
    <message>
        <source>Received with a problem</source>
        <translation>Recibido con un problema</translation>
    </message>
    <message>
        <source>What exactly?</source>
        <translation>¿Qué exactamente?</translation>
    </message>
    <message>
        <source>Which item is it about?</source>
        <translation>¿A qué artículo se refiere?</translation>
    </message>
    <message>
        <source>The &amp;whole order (the same dispute for every item)</source>
        <translation>&amp;Todo el pedido (la misma disputa para todos los artículos)</translation>
    </message>
    <message>
        <source>The whole order</source>
        <translation>Todo el pedido</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Artículo %1: %2</translation>
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
        <translation>¿Qué pides?</translation>
    </message>
    <message>
        <source>The order total is %1.</source>
        <translation>El total del pedido es %1.</translation>
    </message>
    <message>
        <source>&amp;Full refund: %1</source>
        <translation>Reembolso &amp;total: %1</translation>
    </message>
    <message>
        <source>&amp;Partial refund:</source>
        <translation>Reembolso &amp;parcial:</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>Reembolso total</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>Reembolso parcial</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Importe en %1</translation>
    </message>
    <message>
        <source>Partial refund amount in %1</source>
        <translation>Importe del reembolso parcial en %1</translation>
    </message>
    <message>
        <source>Problem with the amount</source>
        <translation>Problema con el importe</translation>
    </message>
    <message>
        <source>&amp;Return the item (for a full refund)</source>
        <translation>&amp;Devolver el artículo (para un reembolso total)</translation>
    </message>
    <message>
        <source>Return the item</source>
        <translation>Devolver el artículo</translation>
    </message>
    <message>
        <source>Usual outcome</source>
        <translation>Resultado habitual</translation>
    </message>
    <message>
        <source>Item %1 cost %2.</source>
        <translation>El artículo %1 costó %2.</translation>
    </message>
    <message>
        <source>Usually: a full refund.</source>
        <translation>Lo habitual: un reembolso total.</translation>
    </message>
    <message>
        <source>Usually: a partial refund while you keep the item, or a full refund if you send it back.</source>
        <translation>Lo habitual: un reembolso parcial si te quedas el artículo, o un reembolso total si lo devuelves.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>El importe debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>That is more than the order total, %1.</source>
        <translation>Supera el total del pedido, %1.</translation>
    </message>
    <message>
        <source>That is more than the item cost, %1.</source>
        <translation>Supera el precio del artículo, %1.</translation>
    </message>
</context>
<context>
    <name>RefusalBanner</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Dispute Desk is still running</source>
        <translation>Dispute Desk sigue en marcha</translation>
    </message>
    <message>
        <source>It keeps reminding you of deadlines from the tray. To quit, choose Quit in the tray&apos;s menu.</source>
        <translation>Sigue recordándote los plazos desde la bandeja del sistema. Para salir, elige Salir en el menú de la bandeja.</translation>
    </message>
    <message>
        <source>%1: order %2</source>
        <translation>%1: pedido %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Open Dispute Desk</source>
        <translation>&amp;Abrir Dispute Desk</translation>
    </message>
    <message>
        <source>Pause reminders for 1 &amp;hour</source>
        <translation>Pausar recordatorios durante 1 &amp;hora</translation>
    </message>
    <message>
        <source>Pause reminders until &amp;tomorrow</source>
        <translation>Pausar recordatorios hasta &amp;mañana</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>&amp;Reanudar recordatorios</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message numerus="yes">
        <source>Dispute Desk: %n order(s) needing attention</source>
        <translation>
            <numerusform>Dispute Desk: %n pedido requiere atención</numerusform>
            <numerusform>Dispute Desk: %n pedidos requieren atención</numerusform>
        </translation>
    </message>
    <message>
        <source>Dispute Desk</source>
        <translation>Dispute Desk</translation>
    </message>
    <message>
        <source>Reminders paused until %1</source>
        <translation>Recordatorios en pausa hasta %1</translation>
    </message>
    <message>
        <source>%1 – %2 in %3</source>
        <translation>%1 – %2 dentro de %3</translation>
    </message>
    <message>
        <source>No deadline within a week</source>
        <translation>Ningún plazo en la próxima semana</translation>
    </message>
    <message>
        <source>&amp;Resume reminders (paused until %1)</source>
        <translation>&amp;Reanudar recordatorios (en pausa hasta %1)</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Remind me of deadlines with desktop &amp;notifications</source>
        <translation>Recordarme los plazos con &amp;notificaciones de escritorio</translation>
    </message>
    <message>
        <source>Remind me this long before a deadline</source>
        <translation>Recordarme con esta antelación a un plazo</translation>
    </message>
    <message>
        <source>Durations such as 7d, 48h, 90m, separated by commas</source>
        <translation>Duraciones como 7d, 48h, 90m, separadas por comas</translation>
    </message>
    <message>
        <source>Each deadline is reminded once at each of these times before it. When several have passed at once (the computer was off), only the shortest is sent.</source>
        <translation>Cada plazo se recuerda una vez en cada uno de estos momentos antes de que venza. Si han pasado varios a la vez (el ordenador estaba apagado), solo se envía el más corto.</translation>
    </message>
    <message>
        <source>&amp;Quiet hours from</source>
        <translation>&amp;Horas de silencio de</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Inicio de las horas de silencio</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Reminders wait until quiet hours end, unless a deadline would pass before.</source>
        <translation>Los recordatorios esperan a que terminen las horas de silencio, salvo que un plazo fuera a vencer antes.</translation>
    </message>
    <message>
        <source>Remind me &amp;before a deadline:</source>
        <translation>Recordarme antes de un &amp;plazo:</translation>
    </message>
    <message>
        <source>Tray and login</source>
        <translation>Bandeja e inicio de sesión</translation>
    </message>
    <message>
        <source>Keep running in the &amp;tray when the window is closed</source>
        <translation>Seguir en la &amp;bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons.</source>
        <translation>Este escritorio no muestra iconos en la bandeja del sistema.</translation>
    </message>
    <message>
        <source>Start Dispute Desk when I &amp;log in (in the tray)</source>
        <translation>Iniciar Dispute Desk al iniciar &amp;sesión (en la bandeja)</translation>
    </message>
    <message>
        <source>Not available on this system.</source>
        <translation>No disponible en este sistema.</translation>
    </message>
    <message>
        <source>While Dispute Desk is closed</source>
        <translation>Con Dispute Desk cerrado</translation>
    </message>
    <message>
        <source>To get reminders every 15 minutes while the app is closed, run this once in a command prompt:</source>
        <translation>Para recibir recordatorios cada 15 minutos con la aplicación cerrada, ejecuta esto una vez en un símbolo del sistema:</translation>
    </message>
    <message>
        <source>To get reminders every 15 minutes while the app is closed, add this line to your crontab (crontab -e):</source>
        <translation>Para recibir recordatorios cada 15 minutos con la aplicación cerrada, añade esta línea a tu crontab (crontab -e):</translation>
    </message>
    <message>
        <source>The line to install</source>
        <translation>La línea que hay que instalar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the line to install</source>
        <translation>Copia la línea que hay que instalar</translation>
    </message>
    <message>
        <source>Or let systemd run it:</source>
        <translation>O deja que lo ejecute systemd:</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Keep a calendar &amp;file of the deadlines for my calendar app</source>
        <translation>Mantener un &amp;archivo de calendario con los plazos para mi aplicación de calendario</translation>
    </message>
    <message>
        <source>Subscribe to this file in your calendar app: it is rewritten whenever a deadline changes, with alarms at the times above.</source>
        <translation>Suscríbete a este archivo en tu aplicación de calendario: se reescribe cada vez que cambia un plazo, con alarmas en los momentos indicados arriba.</translation>
    </message>
    <message>
        <source>The calendar file</source>
        <translation>El archivo de calendario</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Copy the calendar file&apos;s location</source>
        <translation>Copia la ubicación del archivo de calendario</translation>
    </message>
    <message>
        <source>Entry: %1</source>
        <translation>Entrada: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>No se ha podido guardar: %1</translation>
    </message>
    <message>
        <source>Remove the systemd &amp;timer</source>
        <translation>Quitar el &amp;temporizador de systemd</translation>
    </message>
    <message>
        <source>Install a systemd &amp;timer</source>
        <translation>Instalar un &amp;temporizador de systemd</translation>
    </message>
    <message>
        <source>Installed: systemd runs the reminders every 15 minutes (%1).</source>
        <translation>Instalado: systemd ejecuta los recordatorios cada 15 minutos (%1).</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>No instalado.</translation>
    </message>
    <message>
        <source>systemd refused: %1</source>
        <translation>systemd lo ha rechazado: %1</translation>
    </message>
</context>
<context>
    <name>ReportRow</name>
    <message>
        <source>Order %1 · %2 · due %3</source>
        <translation>Pedido %1 · %2 · vence el %3</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open order %1</source>
        <translation>Abrir el pedido %1</translation>
    </message>
    <message>
        <source>Show order %1 in the main window</source>
        <translation>Muestra el pedido %1 en la ventana principal</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>You are looking at sample orders. They are made up and marked as such.</source>
        <translation>Estás viendo pedidos de ejemplo. Son inventados y están marcados como tales.</translation>
    </message>
    <message>
        <source>Remove sample orders</source>
        <translation>Quitar pedidos de ejemplo</translation>
    </message>
</context>
<context>
    <name>SampleOrders</name>
    <message>
        <source>Remove sample orders</source>
        <translation>Quitar pedidos de ejemplo</translation>
    </message>
    <message>
        <source>Remove every sample order? Your own orders stay.</source>
        <translation>¿Quitar todos los pedidos de ejemplo? Tus propios pedidos se quedan.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Settings: deadline rules</source>
        <translation>Ajustes: reglas de plazos</translation>
    </message>
    <message>
        <source>Deadlines are worked out from these numbers. They come from the platform&apos;s rules, its help centre and buyers&apos; guides, and sources disagree: if your order page says otherwise, change the value here. Every order&apos;s deadlines are recalculated when you apply.</source>
        <translation>Los plazos se calculan a partir de estos números. Proceden de las reglas de la plataforma, su centro de ayuda y guías de compradores, y las fuentes no siempre coinciden: si la página de tu pedido dice otra cosa, cambia aquí el valor. Los plazos de todos los pedidos se recalculan al aplicar.</translation>
    </message>
    <message>
        <source>Deadline &amp;rules</source>
        <translation>&amp;Reglas de plazos</translation>
    </message>
    <message>
        <source>R&amp;eminders</source>
        <translation>R&amp;ecordatorios</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>Copias de se&amp;guridad</translation>
    </message>
    <message>
        <source>&amp;Currencies</source>
        <translation>&amp;Monedas</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Recalculating deadlines</source>
        <translation>Recalculando plazos</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>Estado de los ajustes</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Guardar y cerrar</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Guarda los cambios</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be saved; the rest were saved.</source>
        <translation>
            <numerusform>%n valor no se ha podido guardar; el resto se ha guardado.</numerusform>
            <numerusform>%n valores no se han podido guardar; el resto se ha guardado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be saved.</source>
        <translation>
            <numerusform>%n valor no se ha podido guardar.</numerusform>
            <numerusform>%n valores no se han podido guardar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. Every order&apos;s deadlines were recalculated.</source>
        <translation>Guardado. Se han recalculado los plazos de todos los pedidos.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>No se ha podido guardar: %1</translation>
    </message>
    <message>
        <source>Recalculating the deadlines of every order…</source>
        <translation>Recalculando los plazos de todos los pedidos…</translation>
    </message>
    <message>
        <source>this computer&apos;s time zone</source>
        <translation>la zona horaria de este ordenador</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The sources disagree:</source>
        <translation>Las fuentes no coinciden:</translation>
    </message>
    <message>
        <source>%1 (%2): %3 — %4</source>
        <translation>%1 (%2): %3 — %4</translation>
    </message>
    <message>
        <source>(in use)</source>
        <translation>(en uso)</translation>
    </message>
    <message>
        <source>Source in use: %1</source>
        <translation>Fuente en uso: %1</translation>
    </message>
    <message>
        <source>Other source: %1</source>
        <translation>Otra fuente: %1</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>días hábiles</translation>
    </message>
    <message>
        <source>official</source>
        <translation>oficial</translation>
    </message>
    <message>
        <source>Published by the platform in its rules.</source>
        <translation>Publicado por la plataforma en sus reglas.</translation>
    </message>
    <message>
        <source>help centre</source>
        <translation>centro de ayuda</translation>
    </message>
    <message>
        <source>Copied from the platform&apos;s help centre or its support answers.</source>
        <translation>Copiado del centro de ayuda de la plataforma o de las respuestas de su servicio de atención al cliente.</translation>
    </message>
    <message>
        <source>guide</source>
        <translation>guía</translation>
    </message>
    <message>
        <source>From a buyer&apos;s guide or forum; not confirmed by the platform.</source>
        <translation>De una guía para compradores o un foro; no confirmado por la plataforma.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n día hábil</numerusform>
            <numerusform>%n días hábiles</numerusform>
        </translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>%1, at least</source>
        <translation>%1, como mínimo</translation>
    </message>
    <message>
        <source>%1, at most</source>
        <translation>%1, como máximo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Restablecer valor predeterminado</translation>
    </message>
    <message>
        <source>Reset %1 to default</source>
        <translation>Restablecer %1 al valor predeterminado</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Predeterminado: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Source (%2): %1</source>
        <translation>Fuente (%2): %1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Fiabilidad: %1</translation>
    </message>
    <message>
        <source>✎ Changed (default: %1)</source>
        <translation>✎ Modificado (predeterminado: %1)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Filtrar por acción o tecla</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Dispute Desk is already open with the data folder {folder}, but it does not answer.

Switch to it, or close it (if it hangs, end it in your system&apos;s task manager) and start Dispute Desk again.</source>
        <translation>Dispute Desk ya está abierto con la carpeta de datos {folder}, pero no responde.

Cambia a él, o ciérralo (si está bloqueado, finalízalo en el administrador de tareas del sistema) y vuelve a iniciar Dispute Desk.</translation>
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
        <translation>El pedido</translation>
    </message>
    <message>
        <source>Check that this is the order you want to cancel, then say why.</source>
        <translation>Comprueba que es el pedido que quieres cancelar y luego indica por qué.</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>I changed my mind</source>
        <translation>He cambiado de opinión</translation>
    </message>
    <message>
        <source>I found it cheaper</source>
        <translation>Lo he encontrado más barato</translation>
    </message>
    <message>
        <source>The seller is out of stock</source>
        <translation>El vendedor no tiene existencias</translation>
    </message>
    <message>
        <source>The seller raised the price</source>
        <translation>El vendedor ha subido el precio</translation>
    </message>
    <message>
        <source>The seller asked me to cancel</source>
        <translation>El vendedor me ha pedido que cancele</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otro motivo</translation>
    </message>
    <message>
        <source>Why do you want to cancel?</source>
        <translation>¿Por qué quieres cancelar?</translation>
    </message>
    <message>
        <source>Choose a reason to see what to do.</source>
        <translation>Elige un motivo para ver qué hacer.</translation>
    </message>
</context>
<context>
    <name>StartupReportDialog</name>
    <message>
        <source>While you were away</source>
        <translation>Mientras estabas fuera</translation>
    </message>
    <message>
        <source>Something was left unfinished when Dispute Desk last stopped.</source>
        <translation>Algo quedó sin terminar la última vez que se cerró Dispute Desk.</translation>
    </message>
    <message>
        <source>Since you last opened Dispute Desk (%1), these deadlines passed or came close.</source>
        <translation>Desde la última vez que abriste Dispute Desk (%1), estos plazos han vencido o están cerca.</translation>
    </message>
    <message>
        <source>These deadlines passed or came close.</source>
        <translation>Estos plazos han vencido o están cerca.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue while you were away (%n)</source>
        <translation>
            <numerusform>Vencido mientras estabas fuera (%n)</numerusform>
            <numerusform>Vencidos mientras estabas fuera (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due within 48 hours (%n)</source>
        <translation>
            <numerusform>Vence en menos de 48 horas (%n)</numerusform>
            <numerusform>Vencen en menos de 48 horas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the report</source>
        <translation>Cerrar el informe</translation>
    </message>
    <message>
        <source>The import of %1 started %2 was stopped before it finished. Nothing of it was saved: import the file again.</source>
        <translation>La importación de %1, iniciada el %2, se detuvo antes de terminar. No se guardó nada de ella: vuelve a importar el archivo.</translation>
    </message>
    <message>
        <source>The restore from %1 started %2 was stopped before it finished. The data is either as it was before or the whole backup, never a mix: check the list, and restore again if it is not what you expect.</source>
        <translation>La restauración desde %1, iniciada el %2, se detuvo antes de terminar. Los datos están como antes o con toda la copia de seguridad, nunca mezclados: revisa la lista y vuelve a restaurar si no es lo que esperas.</translation>
    </message>
    <message>
        <source>An upgrade of the data (%1) started %2 was stopped; it was made again when the app started, from the copy kept in the backups folder.</source>
        <translation>Una actualización de los datos (%1), iniciada el %2, se detuvo; se volvió a hacer al iniciar la aplicación, a partir de la copia guardada en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un archivo</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more: see the “Needs attention” view.</source>
        <translation>
            <numerusform>…y %n más: consulta la vista «Requiere atención».</numerusform>
            <numerusform>…y %n más: consulta la vista «Requiere atención».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Currency of the money charts</source>
        <translation>Moneda de los gráficos de dinero</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Todas las monedas</translation>
    </message>
    <message>
        <source>Summary of the period</source>
        <translation>Resumen del periodo</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Peri&amp;odo:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Mone&amp;da:</translation>
    </message>
    <message>
        <source>Spending per month</source>
        <translation>Gasto por mes</translation>
    </message>
    <message>
        <source>Money disputed and recovered</source>
        <translation>Dinero en disputa y recuperado</translation>
    </message>
    <message>
        <source>Disputes by reason and outcome</source>
        <translation>Disputas por motivo y resultado</translation>
    </message>
    <message>
        <source>Delivery time (days)</source>
        <translation>Tiempo de entrega (días)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) paid, %1 spent; %2 refunded.</source>
        <translation>
            <numerusform>%n pedido pagado, %1 gastado; %2 reembolsado.</numerusform>
            <numerusform>%n pedidos pagados, %1 gastado; %2 reembolsado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) opened: %1 won, %2 lost, %3 open, %4 cancelled.</source>
        <translation>
            <numerusform>Se abrió %n disputa: %1 ganadas, %2 perdidas, %3 en curso, %4 canceladas.</numerusform>
            <numerusform>Se abrieron %n disputas: %1 ganadas, %2 perdidas, %3 en curso, %4 canceladas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Deadline summary</source>
        <translation>Resumen de plazos</translation>
    </message>
    <message>
        <source>Nothing overdue or due within 48 hours</source>
        <translation>Nada vencido ni que venza en menos de 48 horas</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) overdue or due within 48 hours · at risk: %1</source>
        <translation>
            <numerusform>%n pedido vencido o que vence en menos de 48 horas · en riesgo: %1</numerusform>
            <numerusform>%n pedidos vencidos o que vencen en menos de 48 horas · en riesgo: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreWarning</name>
    <message>
        <source>Store warning</source>
        <translation>Advertencia sobre la tienda</translation>
    </message>
</context>
<context>
    <name>StoresView</name>
    <message>
        <source>Filter stores by name</source>
        <translation>Filtrar tiendas por nombre</translation>
    </message>
    <message>
        <source>Filter stores</source>
        <translation>Filtrar tiendas</translation>
    </message>
    <message>
        <source>Edit &amp;note</source>
        <translation>Editar &amp;nota</translation>
    </message>
    <message>
        <source>Edit the note of the selected store</source>
        <translation>Edita la nota de la tienda seleccionada</translation>
    </message>
    <message>
        <source>&amp;Avoid this store</source>
        <translation>E&amp;vitar esta tienda</translation>
    </message>
    <message>
        <source>Mark the selected store as one to avoid</source>
        <translation>Marca la tienda seleccionada como tienda que evitar</translation>
    </message>
    <message>
        <source>Show &amp;orders</source>
        <translation>Mostrar pe&amp;didos</translation>
    </message>
    <message>
        <source>Show the orders of the selected store</source>
        <translation>Muestra los pedidos de la tienda seleccionada</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Tiendas</translation>
    </message>
    <message>
        <source>Reading the stores…</source>
        <translation>Leyendo las tiendas…</translation>
    </message>
    <message numerus="yes">
        <source>%n store(s).</source>
        <translation>
            <numerusform>%n tienda.</numerusform>
            <numerusform>%n tiendas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Aún no hay pedidos.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>TextPage</name>
    <message>
        <source>The dispute text</source>
        <translation>El texto de la disputa</translation>
    </message>
    <message>
        <source>Fill in the […] parts, then paste it into the dispute form.</source>
        <translation>Rellena las partes entre […] y pégalo en el formulario de disputa.</translation>
    </message>
    <message>
        <source>Dispute text</source>
        <translation>Texto de la disputa</translation>
    </message>
    <message>
        <source>Copied. Paste it into the dispute form.</source>
        <translation>Copiado. Pégalo en el formulario de disputa.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
</context>
<context>
    <name>TimelineList</name>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Aún no se ha registrado nada.</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>Dispute Desk user guide</source>
        <translation>Guía del usuario de Dispute Desk</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Abrir en el &amp;navegador</translation>
    </message>
</context>
<context>
    <name>VerdictPage</name>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>For this order and your reason, as of now.</source>
        <translation>Para este pedido y tu motivo, en este momento.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>The wait is over: press Back, then Next, to see what to do now.</source>
        <translation>La espera ha terminado: pulsa Atrás y luego Siguiente para ver qué hacer ahora.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>&amp;Ship-by countdown on the order page:</source>
        <translation>Cuenta atrás de &amp;envío en la página del pedido:</translation>
    </message>
    <message>
        <source>Ship-by countdown</source>
        <translation>Cuenta atrás de envío</translation>
    </message>
    <message>
        <source>Finish saves this ship-by time on the order.</source>
        <translation>Finalizar guarda este plazo de envío en el pedido.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Until the unpaid order closes by itself</source>
        <translation>Hasta que el pedido no pagado se cierre solo</translation>
    </message>
    <message>
        <source>Until the payment check ends and cancelling becomes possible</source>
        <translation>Hasta que termine la verificación del pago y se pueda cancelar</translation>
    </message>
    <message>
        <source>Until the seller&apos;s time to ship runs out</source>
        <translation>Hasta que se agote el plazo de envío del vendedor</translation>
    </message>
    <message>
        <source>Until the request is approved automatically if the seller stays silent</source>
        <translation>Hasta que la solicitud se apruebe automáticamente si el vendedor no responde</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>the seller&apos;s ship-by time (the processing-time countdown on the order page)</source>
        <translation>el plazo de envío del vendedor (la cuenta atrás del tiempo de procesamiento en la página del pedido)</translation>
    </message>
    <message>
        <source>when you paid</source>
        <translation>cuándo pagaste</translation>
    </message>
    <message>
        <source>Not known: %1. The advice doesn&apos;t guess it: type the countdown the order page shows below, or leave it empty.</source>
        <translation>Desconocido: %1. El consejo no lo adivina: escribe abajo la cuenta atrás que muestra la página del pedido, o déjalo vacío.</translation>
    </message>
    <message>
        <source>Not known: %1. The advice doesn&apos;t guess it, so check the order page.</source>
        <translation>Desconocido: %1. El consejo no lo adivina, así que consulta la página del pedido.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar este mensaje de ayuda y salir</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar el número de versión del programa y salir</translation>
    </message>
    <message>
        <source>argument {option}: {problem}</source>
        <translation>argumento {option}: {problem}</translation>
    </message>
    <message>
        <source>the following arguments are required: {arguments}</source>
        <translation>se requieren los siguientes argumentos: {arguments}</translation>
    </message>
    <message>
        <source>one of the arguments {arguments} is required</source>
        <translation>se requiere uno de los argumentos {arguments}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>argumentos no reconocidos: {arguments}</translation>
    </message>
    <message>
        <source>not allowed with argument {option}</source>
        <translation>no permitido con el argumento {option}</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>valor no válido: {value} (elige entre {choices})</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>opción ambigua: {option} podría coincidir con {matches}</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>{path} is a folder; choose a file name for the backup</source>
        <translation>{path} es una carpeta; elige un nombre de archivo para la copia de seguridad</translation>
    </message>
    <message>
        <source>{path} is part of the data being backed up; choose another file</source>
        <translation>{path} forma parte de los datos de los que se hace la copia; elige otro archivo</translation>
    </message>
    <message>
        <source>the folder {path} does not exist</source>
        <translation>la carpeta {path} no existe</translation>
    </message>
    <message>
        <source>there is no data to back up in {path}</source>
        <translation>no hay datos de los que hacer copia de seguridad en {path}</translation>
    </message>
    <message>
        <source>can&apos;t find a free name for the backup in {path}</source>
        <translation>no se encuentra un nombre libre para la copia de seguridad en {path}</translation>
    </message>
    <message>
        <source>not enough free disk space for the backup: the disk holding {path} has {free} free and the backup needs about {needed}; free some space and try again</source>
        <translation>no hay suficiente espacio libre en el disco para la copia de seguridad: el disco de {path} tiene {free} libres y la copia necesita unos {needed}; libera espacio y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name (a backup never overwrites a file)</source>
        <translation>{path} ya existe; elige otro nombre (una copia de seguridad nunca sobrescribe un archivo)</translation>
    </message>
    <message>
        <source>{file} is not a file</source>
        <translation>{file} no es un archivo</translation>
    </message>
    <message>
        <source>{file} is not a readable zip archive ({reason})</source>
        <translation>{file} no es un archivo zip legible ({reason})</translation>
    </message>
    <message>
        <source>{file} holds {count} files, more than a backup can ({max_members})</source>
        <translation>{file} contiene {count} archivos, más de los que puede tener una copia de seguridad ({max_members})</translation>
    </message>
    <message>
        <source>{file} has no {manifest}; it is not a Dispute Desk backup</source>
        <translation>{file} no tiene {manifest}; no es una copia de seguridad de Dispute Desk</translation>
    </message>
    <message>
        <source>{file}: the member name {name} is not a plain path</source>
        <translation>{file}: el nombre de entrada {name} no es una ruta simple</translation>
    </message>
    <message>
        <source>{file}: {name} is a symbolic link; a backup holds only plain files</source>
        <translation>{file}: {name} es un enlace simbólico; una copia de seguridad solo contiene archivos normales</translation>
    </message>
    <message>
        <source>{file}: {name} is not a plain file</source>
        <translation>{file}: {name} no es un archivo normal</translation>
    </message>
    <message>
        <source>{file}: unexpected file {name} (not part of a Dispute Desk backup)</source>
        <translation>{file}: archivo inesperado {name} (no forma parte de una copia de seguridad de Dispute Desk)</translation>
    </message>
    <message>
        <source>{file}: {name} appears twice</source>
        <translation>{file}: {name} aparece dos veces</translation>
    </message>
    <message>
        <source>{file}: {name} is encrypted</source>
        <translation>{file}: {name} está cifrado</translation>
    </message>
    <message>
        <source>{file}: {name} uses an unsupported compression method</source>
        <translation>{file}: {name} usa un método de compresión no admitido</translation>
    </message>
    <message>
        <source>{file}: {name} would expand more than {max_ratio} times (a zip bomb?); not restoring it</source>
        <translation>{file}: {name} se expandiría más de {max_ratio} veces (¿una bomba zip?); no se restaura</translation>
    </message>
    <message>
        <source>{file} would unpack to {total} bytes, more than the {max_total} a backup may hold</source>
        <translation>{file} se descomprimiría en {total} bytes, más de los {max_total} que puede contener una copia de seguridad</translation>
    </message>
    <message>
        <source>{file}: {name} is an absolute path; a backup holds only relative names</source>
        <translation>{file}: {name} es una ruta absoluta; una copia de seguridad solo contiene nombres relativos</translation>
    </message>
    <message>
        <source>{file}: {name} points outside the data folder (&apos;..&apos;)</source>
        <translation>{file}: {name} apunta fuera de la carpeta de datos (&apos;..&apos;)</translation>
    </message>
    <message>
        <source>{file}: {manifest} is too large</source>
        <translation>{file}: {manifest} es demasiado grande</translation>
    </message>
    <message>
        <source>{file}: {manifest} can&apos;t be read ({reason})</source>
        <translation>{file}: no se puede leer {manifest} ({reason})</translation>
    </message>
    <message>
        <source>{file}: the manifest lists no database</source>
        <translation>{file}: el manifiesto no incluye ninguna base de datos</translation>
    </message>
    <message>
        <source>{file} does not match its manifest (missing {names})</source>
        <translation>{file} no coincide con su manifiesto (faltan {names})</translation>
    </message>
    <message>
        <source>{file} does not match its manifest (not in the manifest: {names})</source>
        <translation>{file} no coincide con su manifiesto (no están en el manifiesto: {names})</translation>
    </message>
    <message>
        <source>{file}: {name} has another size than the manifest says</source>
        <translation>{file}: {name} tiene un tamaño distinto del que indica el manifiesto</translation>
    </message>
    <message>
        <source>{file}: {name} is longer than the manifest says</source>
        <translation>{file}: {name} es más largo de lo que indica el manifiesto</translation>
    </message>
    <message>
        <source>{file}: {name} can&apos;t be read; the archive is damaged ({reason})</source>
        <translation>{file}: no se puede leer {name}; el archivo comprimido está dañado ({reason})</translation>
    </message>
    <message>
        <source>{file}: {name} is shorter than the manifest says; the archive is damaged</source>
        <translation>{file}: {name} es más corto de lo que indica el manifiesto; el archivo comprimido está dañado</translation>
    </message>
    <message>
        <source>{file}: {name} does not match its SHA-256 in the manifest; the archive is damaged</source>
        <translation>{file}: {name} no coincide con su SHA-256 del manifiesto; el archivo comprimido está dañado</translation>
    </message>
    <message>
        <source>{file}: {manifest} is not valid ({what})</source>
        <translation>{file}: {manifest} no es válido ({what})</translation>
    </message>
    <message>
        <source>not a Dispute Desk backup manifest</source>
        <translation>no es un manifiesto de copia de seguridad de Dispute Desk</translation>
    </message>
    <message>
        <source>no format version</source>
        <translation>no hay versión de formato</translation>
    </message>
    <message>
        <source>{file} was made by a newer Dispute Desk (backup format {version}); update the app</source>
        <translation>{file} se hizo con una versión más reciente de Dispute Desk (formato de copia {version}); actualiza la aplicación</translation>
    </message>
    <message>
        <source>no {key}</source>
        <translation>falta {key}</translation>
    </message>
    <message>
        <source>unknown kind {kind}</source>
        <translation>tipo desconocido {kind}</translation>
    </message>
    <message>
        <source>created_at is not a time</source>
        <translation>created_at no es una hora</translation>
    </message>
    <message>
        <source>no member list</source>
        <translation>no hay lista de entradas</translation>
    </message>
    <message>
        <source>a member entry is not an object</source>
        <translation>una entrada no es un objeto</translation>
    </message>
    <message>
        <source>member name {name}</source>
        <translation>nombre de entrada {name}</translation>
    </message>
    <message>
        <source>size of {name}</source>
        <translation>tamaño de {name}</translation>
    </message>
    <message>
        <source>hash of {name}</source>
        <translation>hash de {name}</translation>
    </message>
    <message>
        <source>{file}: {name} holds other content than its name says</source>
        <translation>{file}: {name} tiene un contenido distinto del que indica su nombre</translation>
    </message>
    <message>
        <source>the number of daily backups to keep must be a whole number from 0 to 1000</source>
        <translation>el número de copias diarias que conservar debe ser un número entero de 0 a 1000</translation>
    </message>
    <message>
        <source>the number of weekly backups to keep must be a whole number from 0 to 1000</source>
        <translation>el número de copias semanales que conservar debe ser un número entero de 0 a 1000</translation>
    </message>
    <message>
        <source>the number of monthly backups to keep must be a whole number from 0 to 1000</source>
        <translation>el número de copias mensuales que conservar debe ser un número entero de 0 a 1000</translation>
    </message>
    <message>
        <source>keep at least one automatic backup (daily, weekly or monthly)</source>
        <translation>conserva al menos una copia de seguridad automática (diaria, semanal o mensual)</translation>
    </message>
    <message>
        <source>{file}: the database in it is damaged or not a Dispute Desk file ({reason})</source>
        <translation>{file}: la base de datos que contiene está dañada o no es un archivo de Dispute Desk ({reason})</translation>
    </message>
    <message>
        <source>{file}: the database in it holds no data</source>
        <translation>{file}: la base de datos que contiene no tiene datos</translation>
    </message>
    <message>
        <source>{file} was made by a newer Dispute Desk (schema {revision}); update the app to restore it</source>
        <translation>{file} se hizo con una versión más reciente de Dispute Desk (esquema {revision}); actualiza la aplicación para restaurarla</translation>
    </message>
    <message>
        <source>{file}: the database in it can&apos;t be upgraded ({reason})</source>
        <translation>{file}: la base de datos que contiene no se puede actualizar ({reason})</translation>
    </message>
    <message>
        <source>{file}: the database in it is damaged ({reason})</source>
        <translation>{file}: la base de datos que contiene está dañada ({reason})</translation>
    </message>
    <message>
        <source>{file}: the database in it fails its check ({problems})</source>
        <translation>{file}: la base de datos que contiene no supera la comprobación ({problems})</translation>
    </message>
    <message>
        <source>not enough free disk space to restore {file}: {needed} MB needed, {free} MB free</source>
        <translation>no hay suficiente espacio libre en el disco para restaurar {file}: se necesitan {needed} MB y hay {free} MB libres</translation>
    </message>
    <message>
        <source>the data is in use by another Dispute Desk window or command; close it and try again</source>
        <translation>los datos están en uso por otra ventana o comando de Dispute Desk; ciérralo y vuelve a intentarlo</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Unpaid order closes</source>
        <translation>Cierre del pedido no pagado</translation>
    </message>
    <message>
        <source>Payment check ends</source>
        <translation>Fin de la verificación del pago</translation>
    </message>
    <message>
        <source>Seller must ship</source>
        <translation>Plazo de envío del vendedor</translation>
    </message>
    <message>
        <source>Cancellation approved automatically</source>
        <translation>Cancelación aprobada automáticamente</translation>
    </message>
    <message>
        <source>Ask for a protection extension</source>
        <translation>Pedir una ampliación de la protección</translation>
    </message>
    <message>
        <source>Buyer protection ends</source>
        <translation>Fin de la protección al comprador</translation>
    </message>
    <message>
        <source>Not-received dispute can be opened</source>
        <translation>Ya se puede abrir una disputa por no recibido</translation>
    </message>
    <message>
        <source>Last day to open a dispute</source>
        <translation>Último día para abrir una disputa</translation>
    </message>
    <message>
        <source>Seller must answer the dispute</source>
        <translation>El vendedor debe responder a la disputa</translation>
    </message>
    <message>
        <source>Dispute goes to the platform</source>
        <translation>La disputa pasa a la plataforma</translation>
    </message>
    <message>
        <source>Ship the return</source>
        <translation>Envío de la devolución</translation>
    </message>
    <message>
        <source>Refund expected</source>
        <translation>Reembolso previsto</translation>
    </message>
    <message>
        <source>Last day for a PayPal dispute</source>
        <translation>Último día para una disputa de PayPal</translation>
    </message>
    <message>
        <source>Last day for a chargeback</source>
        <translation>Último día para un contracargo</translation>
    </message>
    <message>
        <source>Order {order}: {title}</source>
        <translation>Pedido {order}: {title}</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Pedido {order}</translation>
    </message>
    <message>
        <source>{deadline}: order {order} ({store})</source>
        <translation>{deadline}: pedido {order} ({store})</translation>
    </message>
    <message>
        <source>{deadline}: order {order}</source>
        <translation>{deadline}: pedido {order}</translation>
    </message>
    <message>
        <source>Store: {store}</source>
        <translation>Tienda: {store}</translation>
    </message>
    <message>
        <source>Due {time} (from the order page).</source>
        <translation>Vence el {time} (según la página del pedido).</translation>
    </message>
    <message>
        <source>Due {time} (estimated from the rules).</source>
        <translation>Vence el {time} (estimado según las reglas).</translation>
    </message>
</context>
<context>
    <name>cancel</name>
    <message numerus="yes">
        <source>Nothing to do: the order isn&apos;t paid, so it closes by itself %n day(s) after it was placed, with no penalty.</source>
        <translation>
            <numerusform>No hay que hacer nada: el pedido no está pagado, así que se cierra solo %n día después de realizarlo, sin penalización.</numerusform>
            <numerusform>No hay que hacer nada: el pedido no está pagado, así que se cierra solo %n días después de realizarlo, sin penalización.</numerusform>
        </translation>
    </message>
    <message>
        <source>Don&apos;t pay for it.</source>
        <translation>No lo pagues.</translation>
    </message>
    <message>
        <source>Ignore the seller&apos;s reminders to pay: an unpaid order costs you nothing.</source>
        <translation>Ignora los recordatorios de pago del vendedor: un pedido no pagado no te cuesta nada.</translation>
    </message>
    <message>
        <source>It closes by itself when the countdown ends.</source>
        <translation>Se cierra solo cuando termina la cuenta atrás.</translation>
    </message>
    <message>
        <source>If you cancel it on the order page anyway, record that here.</source>
        <translation>Si aun así lo cancelas en la página del pedido, regístralo aquí.</translation>
    </message>
    <message numerus="yes">
        <source>Wait until the payment check ends (%n hour(s) after paying): the order can&apos;t be cancelled before then.</source>
        <translation>
            <numerusform>Espera a que termine la verificación del pago (%n hora después de pagar): antes no se puede cancelar el pedido.</numerusform>
            <numerusform>Espera a que termine la verificación del pago (%n horas después de pagar): antes no se puede cancelar el pedido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Then open this wizard again: the advice continues from there.</source>
        <translation>Después vuelve a abrir este asistente: el consejo continúa desde ahí.</translation>
    </message>
    <message>
        <source>Since the seller can&apos;t or won&apos;t ship, you will most likely just let the ship-by time run out: the order then closes by itself and the money comes back.</source>
        <translation>Como el vendedor no puede o no quiere enviarlo, lo más probable es que simplemente dejes que se agote el plazo de envío: entonces el pedido se cierra solo y el dinero vuelve.</translation>
    </message>
    <message>
        <source>Wait: the payment is still being checked, and the order can&apos;t be cancelled until the check ends.</source>
        <translation>Espera: el pago aún se está verificando y el pedido no se puede cancelar hasta que termine la verificación.</translation>
    </message>
    <message numerus="yes">
        <source>Don&apos;t cancel the order yourself, even if the seller asks: if it isn&apos;t shipped in time, it closes by itself and the money comes back automatically (usually within %n business day(s)).</source>
        <translation>
            <numerusform>No canceles el pedido tú, aunque el vendedor te lo pida: si no se envía a tiempo, se cierra solo y el dinero vuelve automáticamente (normalmente en un plazo de %n día hábil).</numerusform>
            <numerusform>No canceles el pedido tú, aunque el vendedor te lo pida: si no se envía a tiempo, se cierra solo y el dinero vuelve automáticamente (normalmente en un plazo de %n días hábiles).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Don&apos;t cancel the order yourself, even if the seller asks: if it isn&apos;t shipped in time, it closes by itself and the money comes back automatically (usually within {low}–%n business day(s)).</source>
        <translation>
            <numerusform>No canceles el pedido tú, aunque el vendedor te lo pida: si no se envía a tiempo, se cierra solo y el dinero vuelve automáticamente (normalmente en un plazo de {low} a %n día hábil).</numerusform>
            <numerusform>No canceles el pedido tú, aunque el vendedor te lo pida: si no se envía a tiempo, se cierra solo y el dinero vuelve automáticamente (normalmente en un plazo de {low} a %n días hábiles).</numerusform>
        </translation>
    </message>
    <message>
        <source>{advice} Sellers ask buyers to cancel so that the failure to ship doesn&apos;t count against the store; you don&apos;t have to.</source>
        <translation>{advice} Los vendedores piden a los compradores que cancelen para que la falta de envío no cuente en contra de la tienda; tú no tienes por qué hacerlo.</translation>
    </message>
    <message>
        <source>Send the seller the drafted message, so they know what to expect.</source>
        <translation>Envía al vendedor el mensaje redactado para que sepa qué esperar.</translation>
    </message>
    <message>
        <source>If the seller ships after all, record it here: the parcel is then on its way.</source>
        <translation>Si al final el vendedor lo envía, regístralo aquí: entonces el paquete estará en camino.</translation>
    </message>
    <message>
        <source>Better not to cancel: wait until the seller&apos;s time to ship runs out, and the order closes and refunds itself. The ship-by time isn&apos;t known yet.</source>
        <translation>Mejor no cancelar: espera a que se agote el plazo de envío del vendedor; el pedido se cerrará y se reembolsará solo. Aún no se conoce el plazo de envío.</translation>
    </message>
    <message>
        <source>Look on the order page for the countdown of the seller&apos;s time to ship (processing time): this app doesn&apos;t know it yet. When it ends, the order closes by itself.</source>
        <translation>Busca en la página del pedido la cuenta atrás del plazo de envío del vendedor (tiempo de procesamiento): esta aplicación aún no lo conoce. Cuando termine, el pedido se cerrará solo.</translation>
    </message>
    <message>
        <source>Better not to cancel: wait until the ship-by time runs out; the order then closes by itself and the money comes back automatically.</source>
        <translation>Mejor no cancelar: espera a que se agote el plazo de envío; entonces el pedido se cierra solo y el dinero vuelve automáticamente.</translation>
    </message>
    <message>
        <source>Wait for the ship-by countdown to end.</source>
        <translation>Espera a que termine la cuenta atrás de envío.</translation>
    </message>
    <message>
        <source>Don&apos;t cancel anything: the order closes by itself.</source>
        <translation>No canceles nada: el pedido se cierra solo.</translation>
    </message>
    <message>
        <source>The refund should have arrived by now. If it hasn&apos;t, contact support or your bank, with the order number at hand.</source>
        <translation>El reembolso ya debería haber llegado. Si no es así, contacta con atención al cliente o con tu banco, con el número de pedido a mano.</translation>
    </message>
    <message numerus="yes">
        <source>The money goes back to where it came from, usually within %n business day(s).</source>
        <translation>
            <numerusform>El dinero vuelve al medio con el que pagaste, normalmente en un plazo de %n día hábil.</numerusform>
            <numerusform>El dinero vuelve al medio con el que pagaste, normalmente en un plazo de %n días hábiles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The money goes back to where it came from, usually within {low}–%n business day(s).</source>
        <translation>
            <numerusform>El dinero vuelve al medio con el que pagaste, normalmente en un plazo de {low} a %n día hábil.</numerusform>
            <numerusform>El dinero vuelve al medio con el que pagaste, normalmente en un plazo de {low} a %n días hábiles.</numerusform>
        </translation>
    </message>
    <message>
        <source>If it hasn&apos;t arrived when the countdown ends, contact support or your bank.</source>
        <translation>Si no ha llegado cuando termine la cuenta atrás, contacta con atención al cliente o con tu banco.</translation>
    </message>
    <message>
        <source>The seller didn&apos;t ship in time: the order closes by itself and the refund is on its way.</source>
        <translation>El vendedor no lo ha enviado a tiempo: el pedido se cierra solo y el reembolso está en camino.</translation>
    </message>
    <message>
        <source>Ask to cancel: write to the seller first, then press &quot;Cancel order&quot; on the order page.</source>
        <translation>Solicita la cancelación: escribe primero al vendedor y luego pulsa «Cancelar pedido» en la página del pedido.</translation>
    </message>
    <message>
        <source>Write to the seller now, before the order ships: ask them to approve the cancellation (a message is drafted for you). Be quick: once it has shipped, it can&apos;t be cancelled.</source>
        <translation>Escribe ahora al vendedor, antes de que envíe el pedido: pídele que apruebe la cancelación (tienes un mensaje redactado). Date prisa: una vez enviado, ya no se puede cancelar.</translation>
    </message>
    <message>
        <source>Press &quot;Cancel order&quot; on the order page and choose your reason.</source>
        <translation>Pulsa «Cancelar pedido» en la página del pedido y elige tu motivo.</translation>
    </message>
    <message numerus="yes">
        <source>The money comes back only if the seller approves. If the seller doesn&apos;t answer within %n hour(s), the request is approved automatically.</source>
        <translation>
            <numerusform>El dinero solo vuelve si el vendedor lo aprueba. Si el vendedor no responde en %n hora, la solicitud se aprueba automáticamente.</numerusform>
            <numerusform>El dinero solo vuelve si el vendedor lo aprueba. Si el vendedor no responde en %n horas, la solicitud se aprueba automáticamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the seller says the order has already shipped, it can&apos;t be cancelled any more: wait for the parcel, or open a dispute when its time comes.</source>
        <translation>Si el vendedor dice que el pedido ya se ha enviado, ya no se puede cancelar: espera el paquete o abre una disputa cuando llegue el momento.</translation>
    </message>
    <message>
        <source>Record here that you asked to cancel, so the app counts down to the automatic approval.</source>
        <translation>Registra aquí que has solicitado la cancelación para que la aplicación haga la cuenta atrás hasta la aprobación automática.</translation>
    </message>
    <message>
        <source>Your cancellation request is waiting for the seller; if the seller stays silent, it is approved automatically when the countdown ends.</source>
        <translation>Tu solicitud de cancelación está pendiente del vendedor; si el vendedor no responde, se aprueba automáticamente cuando termina la cuenta atrás.</translation>
    </message>
    <message>
        <source>If you haven&apos;t written to the seller yet, do it now (a message is drafted for you).</source>
        <translation>Si aún no has escrito al vendedor, hazlo ahora (tienes un mensaje redactado).</translation>
    </message>
    <message numerus="yes">
        <source>If the seller doesn&apos;t answer within %n hour(s) of your request, it is approved automatically and the money comes back.</source>
        <translation>
            <numerusform>Si el vendedor no responde en %n hora desde tu solicitud, esta se aprueba automáticamente y el dinero vuelve.</numerusform>
            <numerusform>Si el vendedor no responde en %n horas desde tu solicitud, esta se aprueba automáticamente y el dinero vuelve.</numerusform>
        </translation>
    </message>
    <message>
        <source>When the seller approves or refuses, record it here.</source>
        <translation>Cuando el vendedor apruebe o rechace la cancelación, regístralo aquí.</translation>
    </message>
    <message>
        <source>If the seller says the order has already shipped, record it as shipped: then wait for the parcel, or open a dispute when its time comes.</source>
        <translation>Si el vendedor dice que el pedido ya se ha enviado, regístralo como enviado: después espera el paquete o abre una disputa cuando llegue el momento.</translation>
    </message>
    <message>
        <source>Don&apos;t confirm receipt before the parcel is in your hands.</source>
        <translation>No confirmes la recepción antes de tener el paquete en tus manos.</translation>
    </message>
    <message>
        <source>Cancelling is no longer possible: the order has shipped. Tracking says it was delivered.</source>
        <translation>Ya no se puede cancelar: el pedido se ha enviado. El seguimiento indica que se ha entregado.</translation>
    </message>
    <message>
        <source>Check the parcel when you have it.</source>
        <translation>Revisa el paquete cuando lo tengas.</translation>
    </message>
    <message>
        <source>Confirm receipt only when everything is right: that ends buyer protection.</source>
        <translation>Confirma la recepción solo cuando todo esté bien: eso pone fin a la protección al comprador.</translation>
    </message>
    <message>
        <source>If something is wrong, or the parcel never reached you, open a dispute before buyer protection ends.</source>
        <translation>Si algo está mal o el paquete no te ha llegado nunca, abre una disputa antes de que termine la protección al comprador.</translation>
    </message>
    <message>
        <source>Cancelling is no longer possible: the order has shipped. Wait for the parcel; a &quot;not received&quot; dispute can be opened when the countdown ends.</source>
        <translation>Ya no se puede cancelar: el pedido se ha enviado. Espera el paquete; cuando termine la cuenta atrás se podrá abrir una disputa por «no recibido».</translation>
    </message>
    <message>
        <source>Wait for the parcel and keep an eye on its tracking.</source>
        <translation>Espera el paquete y vigila su seguimiento.</translation>
    </message>
    <message numerus="yes">
        <source>From %n day(s) after shipment, a &quot;not received&quot; dispute can be opened if tracking stops moving or shows something wrong.</source>
        <translation>
            <numerusform>A partir de %n día después del envío, se puede abrir una disputa por «no recibido» si el seguimiento se detiene o muestra algo incorrecto.</numerusform>
            <numerusform>A partir de %n días después del envío, se puede abrir una disputa por «no recibido» si el seguimiento se detiene o muestra algo incorrecto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling is no longer possible: the order has shipped. Wait for the parcel, or open a &quot;not received&quot; dispute now if tracking has stalled.</source>
        <translation>Ya no se puede cancelar: el pedido se ha enviado. Espera el paquete o abre ahora una disputa por «no recibido» si el seguimiento se ha detenido.</translation>
    </message>
    <message>
        <source>Check the tracking: if it hasn&apos;t moved for a long time or shows another destination, open a dispute now.</source>
        <translation>Revisa el seguimiento: si no avanza desde hace mucho tiempo o muestra otro destino, abre una disputa ahora.</translation>
    </message>
    <message>
        <source>Otherwise wait for the parcel, and open a dispute before buyer protection ends if it doesn&apos;t come.</source>
        <translation>Si no, espera el paquete y, si no llega, abre una disputa antes de que termine la protección al comprador.</translation>
    </message>
    <message>
        <source>Nothing to cancel: the seller didn&apos;t answer in time, so your cancellation was approved automatically and the refund is on its way.</source>
        <translation>No hay nada que cancelar: el vendedor no ha respondido a tiempo, así que tu cancelación se ha aprobado automáticamente y el reembolso está en camino.</translation>
    </message>
    <message>
        <source>Record here that the cancellation was approved.</source>
        <translation>Registra aquí que la cancelación se ha aprobado.</translation>
    </message>
    <message>
        <source>Nothing to cancel: a refund for this order is already on its way.</source>
        <translation>No hay nada que cancelar: ya hay un reembolso de este pedido en camino.</translation>
    </message>
    <message>
        <source>Record here when the money arrives.</source>
        <translation>Cuando llegue el dinero, regístralo aquí.</translation>
    </message>
    <message numerus="yes">
        <source>The money goes back to where it came from; allow up to %n business day(s) for your payment method.</source>
        <translation>
            <numerusform>El dinero vuelve al medio con el que pagaste; con tu método de pago puede tardar hasta %n día hábil.</numerusform>
            <numerusform>El dinero vuelve al medio con el que pagaste; con tu método de pago puede tardar hasta %n días hábiles.</numerusform>
        </translation>
    </message>
    <message>
        <source>If it doesn&apos;t arrive in time, contact support or your bank, with the order number at hand.</source>
        <translation>Si no llega a tiempo, contacta con atención al cliente o con tu banco, con el número de pedido a mano.</translation>
    </message>
    <message>
        <source>Cancelling is not possible: the order is in a dispute. Follow the dispute instead.</source>
        <translation>No se puede cancelar: el pedido está en disputa. Sigue la disputa en su lugar.</translation>
    </message>
    <message>
        <source>Follow the dispute: its deadlines are on the order.</source>
        <translation>Sigue la disputa: sus plazos están en el pedido.</translation>
    </message>
    <message>
        <source>Don&apos;t cancel the dispute or confirm receipt on the seller&apos;s promise alone.</source>
        <translation>No canceles la disputa ni confirmes la recepción solo porque el vendedor te lo prometa.</translation>
    </message>
    <message>
        <source>If something is wrong with the order, you can still open a dispute before the dispute window ends.</source>
        <translation>Si algo va mal con el pedido, aún puedes abrir una disputa antes de que termine el plazo para abrir disputa.</translation>
    </message>
    <message>
        <source>The platform&apos;s dispute window has closed.</source>
        <translation>El plazo de la plataforma para abrir disputa se ha cerrado.</translation>
    </message>
    <message>
        <source>Nothing to cancel: the order is completed and the seller was paid.</source>
        <translation>No hay nada que cancelar: el pedido está completado y el vendedor ya ha cobrado.</translation>
    </message>
    <message>
        <source>Nothing to cancel: the order is already cancelled.</source>
        <translation>No hay nada que cancelar: el pedido ya está cancelado.</translation>
    </message>
    <message>
        <source>Nothing to cancel: the order was never paid and has closed by itself.</source>
        <translation>No hay nada que cancelar: el pedido no se ha pagado nunca y se ha cerrado solo.</translation>
    </message>
    <message>
        <source>Nothing to cancel: the order is already refunded.</source>
        <translation>No hay nada que cancelar: el pedido ya está reembolsado.</translation>
    </message>
    <message>
        <source>Nothing to cancel.</source>
        <translation>No hay nada que cancelar.</translation>
    </message>
</context>
<context>
    <name>case</name>
    <message>
        <source>The seller must answer by the time shown; if silent, the refund you asked for goes through.</source>
        <translation>El vendedor debe responder antes de la hora indicada; si no responde, se aprueba el reembolso que has pedido.</translation>
    </message>
    <message>
        <source>If it isn&apos;t settled, it goes to the platform on the escalation day shown; you can escalate earlier.</source>
        <translation>Si no se resuelve, pasa a la plataforma el día de escalada indicado; puedes escalarla antes.</translation>
    </message>
    <message>
        <source>Don&apos;t cancel the dispute or accept an offer on the seller&apos;s promise alone.</source>
        <translation>No canceles la disputa ni aceptes una oferta solo porque el vendedor te lo prometa.</translation>
    </message>
    <message>
        <source>Accepting the seller&apos;s offer closes the case with that partial refund: accept only when the amount is agreed on the platform, not on a promise.</source>
        <translation>Aceptar la oferta del vendedor cierra el caso con ese reembolso parcial: acéptala solo cuando el importe esté acordado en la plataforma, no por una promesa.</translation>
    </message>
    <message>
        <source>If the offer includes a return, ship the item only after the return is agreed on the platform.</source>
        <translation>Si la oferta incluye una devolución, envía el artículo solo después de que la devolución esté acordada en la plataforma.</translation>
    </message>
    <message>
        <source>Declining keeps the dispute open: escalate it to the platform now, or it goes there on the escalation day shown.</source>
        <translation>Si la rechazas, la disputa sigue abierta: escálala ahora a la plataforma o pasará a ella el día de escalada indicado.</translation>
    </message>
    <message>
        <source>The seller answered without an offer. If you don&apos;t agree, escalate it to the platform now, or it goes there on the escalation day shown.</source>
        <translation>El vendedor ha respondido sin oferta. Si no estás de acuerdo, escala la disputa ahora a la plataforma o pasará a ella el día de escalada indicado.</translation>
    </message>
    <message>
        <source>The platform is deciding: answer its questions quickly and add evidence if it asks.</source>
        <translation>La plataforma está decidiendo: responde rápido a sus preguntas y añade pruebas si te las pide.</translation>
    </message>
    <message>
        <source>Its decision is expected by the date below; if nothing comes, ask support.</source>
        <translation>Su resolución se espera para la fecha de abajo; si no llega nada, pregunta a atención al cliente.</translation>
    </message>
    <message>
        <source>The escalation day has passed, so the dispute is now with the platform; record the escalation when the order page shows it.</source>
        <translation>El día de escalada ha pasado, así que la disputa ya está en manos de la plataforma; registra la escalada cuando la página del pedido la muestre.</translation>
    </message>
    <message>
        <source>Record the platform&apos;s decision here when it comes.</source>
        <translation>Registra aquí la resolución de la plataforma cuando llegue.</translation>
    </message>
    <message>
        <source>You appealed: the platform looks at the case again. Add new evidence if you have it, and record the new decision here.</source>
        <translation>Has apelado: la plataforma revisa el caso de nuevo. Añade nuevas pruebas si las tienes y registra aquí la nueva resolución.</translation>
    </message>
    <message>
        <source>The platform decided against you: you can appeal once, before the appeal window below closes, with more evidence.</source>
        <translation>La plataforma ha resuelto en tu contra: puedes apelar una vez, con más pruebas, antes de que se cierre el plazo de apelación indicado abajo.</translation>
    </message>
    <message>
        <source>Paid by PayPal: you can still open a PayPal dispute until the date shown (escalate it to a claim within 20 days).</source>
        <translation>Pagado con PayPal: aún puedes abrir una disputa en PayPal hasta la fecha indicada (conviértela en reclamación en un plazo de 20 días).</translation>
    </message>
    <message>
        <source>Paid by card: you can still ask your bank for a chargeback until the date shown, but not while an appeal is open on the platform.</source>
        <translation>Pagado con tarjeta: aún puedes pedir a tu banco un contracargo hasta la fecha indicada, pero no mientras haya una apelación abierta en la plataforma.</translation>
    </message>
    <message>
        <source>The platform decided against you, and neither an appeal nor a payment-method fallback is possible any more: the case is closed without a refund.</source>
        <translation>La plataforma ha resuelto en tu contra y ya no es posible apelar ni recurrir al método de pago: el caso se cierra sin reembolso.</translation>
    </message>
    <message>
        <source>The platform decided against you and the time to appeal has passed.</source>
        <translation>La plataforma ha resuelto en tu contra y el plazo para apelar ha pasado.</translation>
    </message>
    <message>
        <source>Ship the return by the time shown and record its tracking number, or the refund is lost; the refund follows once the seller has the item back.</source>
        <translation>Envía la devolución antes de la hora indicada y registra su número de seguimiento, o perderás el reembolso; el reembolso llega cuando el vendedor recibe el artículo.</translation>
    </message>
    <message>
        <source>The seller didn&apos;t answer in time, so the refund you asked for goes through.</source>
        <translation>El vendedor no ha respondido a tiempo, así que se aprueba el reembolso que has pedido.</translation>
    </message>
    <message>
        <source>The seller didn&apos;t answer in time, so your return is accepted: ship the item back by the time below and record its tracking number; the refund follows once the seller has it.</source>
        <translation>El vendedor no ha respondido a tiempo, así que tu devolución queda aceptada: devuelve el artículo antes de la hora indicada abajo y registra su número de seguimiento; el reembolso llega cuando el vendedor lo recibe.</translation>
    </message>
    <message>
        <source>The platform decided a full refund.</source>
        <translation>La plataforma ha resuelto un reembolso total.</translation>
    </message>
    <message>
        <source>The platform decided a partial refund: you keep the item.</source>
        <translation>La plataforma ha resuelto un reembolso parcial: te quedas el artículo.</translation>
    </message>
    <message>
        <source>The refund is on its way.</source>
        <translation>El reembolso está en camino.</translation>
    </message>
    <message>
        <source>It should arrive by the date shown. Record it here when the money arrives; if it doesn&apos;t, contact support or your bank.</source>
        <translation>Debería llegar antes de la fecha indicada. Regístralo aquí cuando llegue el dinero; si no llega, contacta con atención al cliente o con tu banco.</translation>
    </message>
    <message>
        <source>The refund arrived: the case is closed.</source>
        <translation>El reembolso ha llegado: el caso está cerrado.</translation>
    </message>
    <message>
        <source>You cancelled the dispute. A new one can be opened only while buyer protection runs (see its deadline).</source>
        <translation>Has cancelado la disputa. Solo se puede abrir otra mientras dure la protección al comprador (consulta su plazo).</translation>
    </message>
    <message>
        <source>You cancelled the dispute, and no new dispute can be opened for this order.</source>
        <translation>Has cancelado la disputa y ya no se puede abrir otra para este pedido.</translation>
    </message>
    <message>
        <source>Dispute open: waiting for the seller&apos;s answer</source>
        <translation>Disputa abierta: esperando la respuesta del vendedor</translation>
    </message>
    <message>
        <source>The seller answered</source>
        <translation>El vendedor ha respondido</translation>
    </message>
    <message>
        <source>Escalated: the platform is deciding</source>
        <translation>Escalada: la plataforma está decidiendo</translation>
    </message>
    <message>
        <source>Decided against you</source>
        <translation>Resuelta en tu contra</translation>
    </message>
    <message>
        <source>Appealed: the platform looks again</source>
        <translation>Apelada: la plataforma la revisa de nuevo</translation>
    </message>
    <message>
        <source>Refund agreed with a return: ship the item back</source>
        <translation>Reembolso acordado con devolución: devuelve el artículo</translation>
    </message>
    <message>
        <source>Refund on its way</source>
        <translation>Reembolso en camino</translation>
    </message>
    <message>
        <source>Refunded: the case is closed</source>
        <translation>Reembolsada: el caso está cerrado</translation>
    </message>
    <message>
        <source>Closed without a refund</source>
        <translation>Cerrada sin reembolso</translation>
    </message>
    <message>
        <source>Dispute cancelled</source>
        <translation>Disputa cancelada</translation>
    </message>
</context>
<context>
    <name>case pack</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(sin descripción)</translation>
    </message>
    <message>
        <source>Case file — order {order}</source>
        <translation>Expediente — pedido {order}</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Pedido {order}</translation>
    </message>
    <message>
        <source>Prepared {time} with Dispute Desk. Times are the buyer&apos;s local time ({zone}), each with its offset from UTC.</source>
        <translation>Preparado el {time} con Dispute Desk. Las horas están en la hora local del comprador ({zone}), cada una con su diferencia respecto a UTC.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Fecha del pedido</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Método de pago</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>{deadline}: {time} (entered from the order page)</source>
        <translation>{deadline}: {time} (introducido desde la página del pedido)</translation>
    </message>
    <message>
        <source>{deadline}: {time} (estimated from the rules, possibly from a date not known for sure)</source>
        <translation>{deadline}: {time} (estimado según las reglas, posiblemente a partir de una fecha no conocida con certeza)</translation>
    </message>
    <message>
        <source>{deadline}: {time} (estimated from the rules)</source>
        <translation>{deadline}: {time} (estimado según las reglas)</translation>
    </message>
    <message>
        <source>No open deadlines.</source>
        <translation>No hay plazos abiertos.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Notes and messages</source>
        <translation>Notas y mensajes</translation>
    </message>
    <message>
        <source>Photos ({photos}) and videos ({videos})</source>
        <translation>Fotos ({photos}) y vídeos ({videos})</translation>
    </message>
    <message>
        <source>Photos ({photos})</source>
        <translation>Fotos ({photos})</translation>
    </message>
    <message>
        <source>No photos attached.</source>
        <translation>No hay fotos adjuntas.</translation>
    </message>
    <message>
        <source>Video: {name}</source>
        <translation>Vídeo: {name}</translation>
    </message>
    <message>
        <source>File {file}, {seconds} s; added {time}</source>
        <translation>Archivo {file}, {seconds} s; añadido el {time}</translation>
    </message>
    <message>
        <source>File {file}; added {time}</source>
        <translation>Archivo {file}; añadido el {time}</translation>
    </message>
    <message>
        <source>Taken: {time}</source>
        <translation>Fecha de captura: {time}</translation>
    </message>
    <message>
        <source>Taken: unknown (no camera time)</source>
        <translation>Fecha de captura: desconocida (sin hora de la cámara)</translation>
    </message>
    <message>
        <source>Added: {time} · original file: {file}</source>
        <translation>Añadida: {time} · archivo original: {file}</translation>
    </message>
    <message>
        <source>Copy: {path}</source>
        <translation>Copia: {path}</translation>
    </message>
    <message>
        <source>Item {line}: {quantity} × {title} ({options})</source>
        <translation>Artículo {line}: {quantity} × {title} ({options})</translation>
    </message>
    <message>
        <source>Item {line}: {quantity} × {title}</source>
        <translation>Artículo {line}: {quantity} × {title}</translation>
    </message>
    <message>
        <source>{item} — {price} each</source>
        <translation>{item} — {price} cada uno</translation>
    </message>
    <message>
        <source>whole order</source>
        <translation>todo el pedido</translation>
    </message>
    <message>
        <source>asked {amount}</source>
        <translation>solicitado: {amount}</translation>
    </message>
    <message>
        <source>decided: {outcome} {amount}</source>
        <translation>resolución: {outcome} {amount}</translation>
    </message>
    <message>
        <source>decided: {outcome}</source>
        <translation>resolución: {outcome}</translation>
    </message>
    <message>
        <source>{item}; dispute ({facts}: {stage})</source>
        <translation>{item}; disputa ({facts}: {stage})</translation>
    </message>
    <message>
        <source>{item}; refunded {amount}</source>
        <translation>{item}; reembolsado: {amount}</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Disputa</translation>
    </message>
    <message>
        <source>Dispute about the whole order</source>
        <translation>Disputa por todo el pedido</translation>
    </message>
    <message>
        <source>Dispute about item {line}: {title}</source>
        <translation>Disputa por el artículo {line}: {title}</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Refund asked</source>
        <translation>Reembolso solicitado</translation>
    </message>
    <message>
        <source>Return offered</source>
        <translation>Devolución ofrecida</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Seller responded</source>
        <translation>Respuesta del vendedor</translation>
    </message>
    <message>
        <source>Seller&apos;s offer</source>
        <translation>Oferta del vendedor</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Disputa escalada</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Amount decided</source>
        <translation>Importe de la resolución</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>Apelación</translation>
    </message>
    <message>
        <source>Refund received</source>
        <translation>Reembolso recibido</translation>
    </message>
    <message>
        <source>Dispute cancelled</source>
        <translation>Disputa cancelada</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Lo que viene después</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Order {order}: {verdict}</source>
        <translation>Pedido {order}: {verdict}</translation>
    </message>
    <message>
        <source>Wait until {time} ({countdown})</source>
        <translation>Espera hasta el {time} ({countdown})</translation>
    </message>
    <message>
        <source>Missing: {fact}</source>
        <translation>Falta: {fact}</translation>
    </message>
    <message>
        <source>Message to the seller:</source>
        <translation>Mensaje al vendedor:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <source>In Russian:</source>
        <translation>En ruso:</translation>
    </message>
    <message>
        <source>In English:</source>
        <translation>En inglés:</translation>
    </message>
    <message>
        <source>Opens at {time} ({countdown})</source>
        <translation>Se abre el {time} ({countdown})</translation>
    </message>
    <message>
        <source>Open it before {time} ({countdown})</source>
        <translation>Ábrela antes del {time} ({countdown})</translation>
    </message>
    <message>
        <source>Closed at {time} ({countdown})</source>
        <translation>Se cerró el {time} ({countdown})</translation>
    </message>
    <message>
        <source>Outcome to ask for: {outcome}</source>
        <translation>Resultado que pedir: {outcome}</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Advertencia: {warning}</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Pruebas:</translation>
    </message>
    <message>
        <source>Fallback: {deadline} {time} ({countdown})</source>
        <translation>Alternativa: {deadline} {time} ({countdown})</translation>
    </message>
    <message>
        <source>Dispute text:</source>
        <translation>Texto de la disputa:</translation>
    </message>
    <message>
        <source>Order {order}, {reason}: can open a dispute now</source>
        <translation>Pedido {order}, {reason}: ya se puede abrir una disputa</translation>
    </message>
    <message>
        <source>Order {order}, {reason}: can&apos;t open a dispute now</source>
        <translation>Pedido {order}, {reason}: ahora no se puede abrir una disputa</translation>
    </message>
    <message>
        <source>Order {order}, item {line}, {reason}: can open a dispute now</source>
        <translation>Pedido {order}, artículo {line}, {reason}: ya se puede abrir una disputa</translation>
    </message>
    <message>
        <source>Order {order}, item {line}, {reason}: can&apos;t open a dispute now</source>
        <translation>Pedido {order}, artículo {line}, {reason}: ahora no se puede abrir una disputa</translation>
    </message>
    <message>
        <source>the seller&apos;s ship-by time (the processing-time countdown on the order page)</source>
        <translation>el plazo de envío del vendedor (la cuenta atrás del tiempo de procesamiento en la página del pedido)</translation>
    </message>
    <message>
        <source>argument --lang: unknown language &quot;{name}&quot; (offered: {codes})</source>
        <translation>argumento --lang: idioma desconocido «{name}» (disponibles: {codes})</translation>
    </message>
    <message>
        <source>backed up to {path}</source>
        <translation>copia de seguridad guardada en {path}</translation>
    </message>
    <message>
        <source>no change since the last automatic backup</source>
        <translation>sin cambios desde la última copia automática</translation>
    </message>
    <message numerus="yes">
        <source>backed up to {path} (%n byte(s))</source>
        <translation>
            <numerusform>copia de seguridad guardada en {path} (%n byte)</numerusform>
            <numerusform>copia de seguridad guardada en {path} (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is a complete, undamaged backup</source>
        <translation>{name} es una copia de seguridad completa y sin daños</translation>
    </message>
    <message numerus="yes">
        <source>restored %n order(s) and {files} from the backup of {time}</source>
        <translation>
            <numerusform>se han restaurado %n pedido y {files} de la copia de seguridad del {time}</numerusform>
            <numerusform>se han restaurado %n pedidos y {files} de la copia de seguridad del {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <comment>restored … and this</comment>
        <translation>
            <numerusform>%n archivo de pruebas</numerusform>
            <numerusform>%n archivos de pruebas</numerusform>
        </translation>
    </message>
    <message>
        <source>the data it replaced is kept in {path}</source>
        <translation>los datos que ha sustituido se conservan en {path}</translation>
    </message>
    <message>
        <source>no backups in the data dir</source>
        <translation>no hay copias de seguridad en la carpeta de datos</translation>
    </message>
    <message>
        <source>--orders must be between 1 and 1000000</source>
        <translation>--orders debe estar entre 1 y 1000000</translation>
    </message>
    <message>
        <source>added {added} demo orders (seed {seed})</source>
        <translation>se han añadido {added} pedidos de demostración (semilla {seed})</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message numerus="yes">
        <source>{order}: %n evidence item(s)</source>
        <translation>
            <numerusform>{order}: %n prueba</numerusform>
            <numerusform>{order}: %n pruebas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote {pdf} (%n page(s)) and {photos}</source>
        <translation>
            <numerusform>se han escrito {pdf} (%n página) y {photos}</numerusform>
            <numerusform>se han escrito {pdf} (%n páginas) y {photos}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <comment>wrote the case pack (…) and this</comment>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n deadline(s) to {path}</source>
        <translation>
            <numerusform>%n plazo escrito en {path}</numerusform>
            <numerusform>%n plazos escritos en {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n order(s) to {path}</source>
        <translation>
            <numerusform>%n pedido escrito en {path}</numerusform>
            <numerusform>%n pedidos escritos en {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Would import {names} ({format}, read as {encoding}): {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Importación simulada de {names} ({format}, leído como {encoding}): se añadirían {added}, se actualizarían {updated}, {unchanged} sin cambios</translation>
    </message>
    <message>
        <source>Would import {names} ({format}): {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Importación simulada de {names} ({format}): se añadirían {added}, se actualizarían {updated}, {unchanged} sin cambios</translation>
    </message>
    <message>
        <source>Imported {names} ({format}, read as {encoding}): {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Importación de {names} ({format}, leído como {encoding}): {added} añadidos, {updated} actualizados, {unchanged} sin cambios</translation>
    </message>
    <message>
        <source>Imported {names} ({format}): {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Importación de {names} ({format}): {added} añadidos, {updated} actualizados, {unchanged} sin cambios</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported:</source>
        <translation>
            <numerusform>%n fila no importada:</numerusform>
            <numerusform>%n filas no importadas:</numerusform>
        </translation>
    </message>
    <message>
        <source>  line {line}: {message}</source>
        <translation>  línea {line}: {message}</translation>
    </message>
    <message>
        <source>--to must come after --from</source>
        <translation>--to debe ser posterior a --from</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date (YYYY-MM-DD)</source>
        <translation>«{text}» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>orders paid</source>
        <translation>pedidos pagados</translation>
    </message>
    <message>
        <source>spent</source>
        <translation>gastado</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>reembolsado</translation>
    </message>
    <message>
        <source>disputes</source>
        <translation>disputas</translation>
    </message>
    <message>
        <source>≈ {amount} converted at your rates (without {currencies}: no rate)</source>
        <translation>≈ {amount} convertido con tus tipos de cambio (sin {currencies}: no hay tipo de cambio)</translation>
    </message>
    <message>
        <source>≈ {amount} converted at your rates</source>
        <translation>≈ {amount} convertido con tus tipos de cambio</translation>
    </message>
    <message>
        <source>{opened} opened: {won} won, {lost} lost, {open} open, {cancelled} cancelled</source>
        <translation>{opened} abiertas: {won} ganadas, {lost} perdidas, {open} en curso, {cancelled} canceladas</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>no orders yet</source>
        <translation>aún no hay pedidos</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <source>[avoid]</source>
        <translation>[evitar]</translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) ({won} won, {lost} lost)</source>
        <translation>
            <numerusform>%n disputa ({won} ganadas, {lost} perdidas)</numerusform>
            <numerusform>%n disputas ({won} ganadas, {lost} perdidas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s), spent {spent}; {disputes}; delivery {median}; last order {last}</source>
        <translation>
            <numerusform>%n pedido, gastado {spent}; {disputes}; entrega {median}; último pedido {last}</numerusform>
            <numerusform>%n pedidos, gastado {spent}; {disputes}; entrega {median}; último pedido {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>{message} ({options})</source>
        <translation>{message} ({options})</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>error inesperado: {error}</translation>
    </message>
    <message>
        <source>which currency? add --currency (e.g. USD)</source>
        <translation>¿qué moneda? añade --currency (p. ej., USD)</translation>
    </message>
    <message>
        <source>added order {order} ({status})</source>
        <translation>pedido {order} añadido ({status})</translation>
    </message>
    <message>
        <source>recorded {event} on {order}: now {status}</source>
        <translation>{event} registrado en el pedido {order}; estado actual: {status}</translation>
    </message>
    <message>
        <source>no orders</source>
        <translation>no hay pedidos</translation>
    </message>
    <message>
        <source>the trash is empty</source>
        <translation>la papelera está vacía</translation>
    </message>
    <message>
        <source>{deadline} in {countdown}</source>
        <translation>{deadline} dentro de {countdown}</translation>
    </message>
    <message>
        <source>Order {order}  {store}</source>
        <translation>Pedido {order}  {store}</translation>
    </message>
    <message>
        <source>  total {total}   status {status}   (in the trash)</source>
        <translation>  total {total}   estado {status}   (en la papelera)</translation>
    </message>
    <message>
        <source>  total {total}   status {status}</source>
        <translation>  total {total}   estado {status}</translation>
    </message>
    <message>
        <source>  tracking {numbers}</source>
        <translation>  seguimiento {numbers}</translation>
    </message>
    <message>
        <source>  refunded {amount}</source>
        <translation>  reembolsado {amount}</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Artículos:</translation>
    </message>
    <message>
        <source>  dispute: {reason}, {state}</source>
        <translation>  disputa: {reason}, {state}</translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation>Plazos:</translation>
    </message>
    <message>
        <source>No open deadlines.</source>
        <translation>No hay plazos abiertos.</translation>
    </message>
    <message>
        <source>      missing: {fact}</source>
        <translation>      falta: {fact}</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Cronología:</translation>
    </message>
    <message>
        <source>no open deadlines</source>
        <translation>no hay plazos abiertos</translation>
    </message>
    <message>
        <source>moved {order} to the trash</source>
        <translation>pedido {order} movido a la papelera</translation>
    </message>
    <message>
        <source>restored {order}</source>
        <translation>pedido {order} restaurado</translation>
    </message>
    <message>
        <source>the processing time (or the ship-by countdown) from the order page</source>
        <translation>el tiempo de procesamiento (o la cuenta atrás de envío) de la página del pedido</translation>
    </message>
    <message>
        <source>{countdown} ago</source>
        <translation>hace {countdown}</translation>
    </message>
    <message>
        <source>in {countdown}</source>
        <translation>dentro de {countdown}</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) shown on the desktop</source>
        <translation>
            <numerusform>%n recordatorio mostrado en el escritorio</numerusform>
            <numerusform>%n recordatorios mostrados en el escritorio</numerusform>
        </translation>
    </message>
    <message>
        <source>rules {action} needs the rule&apos;s name</source>
        <translation>rules {action} necesita el nombre de la regla</translation>
    </message>
    <message>
        <source>rules set needs a value</source>
        <translation>rules set necesita un valor</translation>
    </message>
    <message>
        <source>can&apos;t read &quot;{value}&quot; as a value (try 72, true or {example})</source>
        <translation>no se puede leer «{value}» como valor (prueba con 72, true o {example})</translation>
    </message>
    <message>
        <source>{unit} (changed)</source>
        <translation>{unit} (modificado)</translation>
    </message>
</context>
<context>
    <name>cli help</name>
    <message>
        <source>the wizards&apos; advice for an order</source>
        <translation>los consejos de los asistentes para un pedido</translation>
    </message>
    <message>
        <source>should I cancel this order, and how?</source>
        <translation>¿debo cancelar este pedido y cómo?</translation>
    </message>
    <message>
        <source>can I open a dispute for this order, and how?</source>
        <translation>¿puedo abrir una disputa por este pedido y cómo?</translation>
    </message>
    <message>
        <source>the item it is about (1, 2, …; default: the whole order)</source>
        <translation>el artículo al que se refiere (1, 2, …; predeterminado: todo el pedido)</translation>
    </message>
    <message>
        <source>where the data lives</source>
        <translation>dónde están los datos</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>mostrar la salida en JSON</translation>
    </message>
    <message>
        <source>the language of the sentences: en, ru, pt_BR, es, fr or pl (default: the locale&apos;s)</source>
        <translation>el idioma de los textos: en, ru, pt_BR, es, fr o pl (predeterminado: el de la configuración regional)</translation>
    </message>
    <message>
        <source>back up the database and the evidence into a zip file</source>
        <translation>hacer copia de seguridad de la base de datos y las pruebas en un archivo zip</translation>
    </message>
    <message>
        <source>the archive to write (must not exist)</source>
        <translation>el archivo que se va a escribir (no debe existir)</translation>
    </message>
    <message>
        <source>an automatic backup into backups/auto/, only if the data changed</source>
        <translation>una copia automática en backups/auto/, solo si los datos han cambiado</translation>
    </message>
    <message>
        <source>replace the data with a backup, after checking all of it</source>
        <translation>sustituir los datos por una copia de seguridad, tras comprobarla entera</translation>
    </message>
    <message>
        <source>only check the archive; change nothing</source>
        <translation>solo comprobar el archivo; no cambiar nada</translation>
    </message>
    <message>
        <source>list the backups kept in the data dir, newest first</source>
        <translation>listar las copias de seguridad de la carpeta de datos, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>fill the data dir with realistic made-up orders</source>
        <translation>llenar la carpeta de datos con pedidos inventados realistas</translation>
    </message>
    <message>
        <source>check the database and the evidence files</source>
        <translation>comprobar la base de datos y los archivos de pruebas</translation>
    </message>
    <message>
        <source>attach photos or videos to an order as evidence</source>
        <translation>adjuntar fotos o vídeos a un pedido como pruebas</translation>
    </message>
    <message>
        <source>a caption for every file attached</source>
        <translation>una descripción para cada archivo adjunto</translation>
    </message>
    <message>
        <source>write the case pack: DIR/case.pdf and DIR/photos/</source>
        <translation>crear el expediente: DIR/case.pdf y DIR/photos/</translation>
    </message>
    <message>
        <source>write the orders (csv, json) or the open deadlines (ics) to a file</source>
        <translation>escribir los pedidos (csv, json) o los plazos abiertos (ics) en un archivo</translation>
    </message>
    <message>
        <source>the file to write (replaced if it exists)</source>
        <translation>el archivo que se va a escribir (se sustituye si existe)</translation>
    </message>
    <message>
        <source>import orders from a file (its format is detected by content)</source>
        <translation>importar pedidos de un archivo (su formato se detecta por el contenido)</translation>
    </message>
    <message>
        <source>the file to import (both CSVs of AliExpress-Order-Export, or several e-mails, may go together)</source>
        <translation>el archivo que se va a importar (los dos CSV de AliExpress-Order-Export, o varios correos electrónicos, pueden ir juntos)</translation>
    </message>
    <message>
        <source>default: detect by content</source>
        <translation>predeterminado: detectar por el contenido</translation>
    </message>
    <message>
        <source>ISO code for prices that name none (default: the setting, else USD)</source>
        <translation>código ISO para los precios que no indican moneda (predeterminado: el de los ajustes o, si no, USD)</translation>
    </message>
    <message>
        <source>what a text file is in, e.g. windows-1251 (default: detected from the content)</source>
        <translation>la codificación de un archivo de texto, p. ej. windows-1251 (predeterminado: se detecta por el contenido)</translation>
    </message>
    <message>
        <source>show what would change; write nothing</source>
        <translation>mostrar lo que cambiaría; no escribir nada</translation>
    </message>
    <message>
        <source>print progress lines on stderr</source>
        <translation>mostrar líneas de progreso en stderr</translation>
    </message>
    <message>
        <source>money spent and refunded, disputes won and lost, by month</source>
        <translation>dinero gastado y reembolsado, disputas ganadas y perdidas, por mes</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD, local) or an ISO time</source>
        <translation>primer día (AAAA-MM-DD, hora local) o una hora ISO</translation>
    </message>
    <message>
        <source>last day, included (YYYY-MM-DD, local) or an ISO time</source>
        <translation>último día, incluido (AAAA-MM-DD, hora local) o una hora ISO</translation>
    </message>
    <message>
        <source>one line per store: orders, money, disputes, delivery days</source>
        <translation>una línea por tienda: pedidos, dinero, disputas, días de entrega</translation>
    </message>
    <message>
        <source>add an order</source>
        <translation>añadir un pedido</translation>
    </message>
    <message>
        <source>order number (text)</source>
        <translation>número de pedido (texto)</translation>
    </message>
    <message>
        <source>amount, e.g. 12.34 or &apos;US $1,382.11&apos;</source>
        <translation>importe, p. ej. 12.34 o &apos;US $1,382.11&apos;</translation>
    </message>
    <message>
        <source>ISO code, e.g. USD (else from the amount&apos;s symbol)</source>
        <translation>código ISO, p. ej. USD (si no, según el símbolo del importe)</translation>
    </message>
    <message>
        <source>record an event in an order&apos;s timeline</source>
        <translation>registrar un evento en la cronología de un pedido</translation>
    </message>
    <message>
        <source>when it happened (default: now)</source>
        <translation>cuándo ocurrió (predeterminado: ahora)</translation>
    </message>
    <message>
        <source>countdown as the order page shows it, e.g. &apos;23d 14:22:10&apos;</source>
        <translation>cuenta atrás tal como la muestra la página del pedido, p. ej. &apos;23d 14:22:10&apos;</translation>
    </message>
    <message>
        <source>cancel: {cancel}; dispute: {dispute}</source>
        <translation>cancelación: {cancel}; disputa: {dispute}</translation>
    </message>
    <message>
        <source>the item a dispute or refund is about (1, 2, …; default: the whole order)</source>
        <translation>el artículo al que se refiere una disputa o un reembolso (1, 2, …; predeterminado: todo el pedido)</translation>
    </message>
    <message>
        <source>list orders with their status and next deadline</source>
        <translation>listar los pedidos con su estado y su próximo plazo</translation>
    </message>
    <message>
        <source>list the orders in the trash</source>
        <translation>listar los pedidos de la papelera</translation>
    </message>
    <message>
        <source>one order with its timeline and deadlines</source>
        <translation>un pedido con su cronología y sus plazos</translation>
    </message>
    <message>
        <source>every open deadline, soonest first</source>
        <translation>todos los plazos abiertos, del más próximo al más lejano</translation>
    </message>
    <message>
        <source>only those due within this long, e.g. 48h or 7d</source>
        <translation>solo los que vencen dentro de este tiempo, p. ej. 48h o 7d</translation>
    </message>
    <message>
        <source>move an order to the trash</source>
        <translation>mover un pedido a la papelera</translation>
    </message>
    <message>
        <source>restore an order from the trash</source>
        <translation>restaurar un pedido de la papelera</translation>
    </message>
    <message>
        <source>Dispute Desk: your orders, their deadlines, cancellations and disputes. Without a command it opens the app.</source>
        <translation>Dispute Desk: tus pedidos, sus plazos, cancelaciones y disputas. Sin un comando, abre la aplicación.</translation>
    </message>
    <message>
        <source>give the deadline reminders due (for cron, a systemd timer or the Task Scheduler)</source>
        <translation>enviar los recordatorios de plazos pendientes (para cron, un temporizador de systemd o el Programador de tareas)</translation>
    </message>
    <message>
        <source>as of this time instead of now</source>
        <translation>con esta hora en lugar de la actual</translation>
    </message>
    <message>
        <source>show what is due without remembering it as given</source>
        <translation>mostrar lo pendiente sin marcarlo como enviado</translation>
    </message>
    <message>
        <source>show or change the rule profile&apos;s values</source>
        <translation>mostrar o cambiar los valores del perfil de reglas</translation>
    </message>
    <message>
        <source>JSON value, e.g. 72 or true or &apos;{&quot;min&quot;: 2, &quot;max&quot;: 5}&apos;</source>
        <translation>valor JSON, p. ej. 72, true o &apos;{&quot;min&quot;: 2, &quot;max&quot;: 5}&apos;</translation>
    </message>
</context>
<context>
    <name>deadline</name>
    <message>
        <source>Nothing to do: an unpaid order closes by itself with no penalty. Pay before then only if you still want it.</source>
        <translation>No hay nada que hacer: un pedido no pagado se cierra solo sin penalización. Págalo antes solo si aún lo quieres.</translation>
    </message>
    <message>
        <source>The payment is being checked. Cancelling becomes possible when the check ends.</source>
        <translation>Se está verificando el pago. Se podrá cancelar cuando termine la verificación.</translation>
    </message>
    <message>
        <source>The seller must ship by then; otherwise the order closes and the money comes back by itself.</source>
        <translation>El vendedor debe enviarlo antes de ese momento; si no, el pedido se cierra y el dinero vuelve solo.</translation>
    </message>
    <message>
        <source>If the seller doesn&apos;t answer by then, the cancellation is approved automatically. Write to the seller meanwhile.</source>
        <translation>Si el vendedor no responde antes de ese momento, la cancelación se aprueba automáticamente. Mientras tanto, escribe al vendedor.</translation>
    </message>
    <message>
        <source>Parcel still on its way? Ask the seller to extend buyer protection now: sellers answer slowly.</source>
        <translation>¿El paquete sigue en camino? Pide ahora al vendedor que amplíe la protección al comprador: los vendedores tardan en responder.</translation>
    </message>
    <message>
        <source>Open a dispute before then if the parcel hasn&apos;t arrived. When protection ends the seller is paid.</source>
        <translation>Abre una disputa antes de ese momento si el paquete no ha llegado. Cuando termina la protección, el vendedor cobra.</translation>
    </message>
    <message>
        <source>From then on a &quot;not received&quot; dispute can be opened if tracking stops moving.</source>
        <translation>A partir de ese momento se puede abrir una disputa por «no recibido» si el seguimiento se detiene.</translation>
    </message>
    <message>
        <source>Last moment to open a dispute if something is wrong with the order.</source>
        <translation>Último momento para abrir una disputa si algo va mal con el pedido.</translation>
    </message>
    <message>
        <source>The seller must answer the dispute by then; if silent, your requested refund goes through.</source>
        <translation>El vendedor debe responder a la disputa antes de ese momento; si no responde, se aprueba el reembolso que has pedido.</translation>
    </message>
    <message>
        <source>If the dispute is still unresolved then, it goes to the platform. You can escalate earlier.</source>
        <translation>Si para entonces la disputa sigue sin resolverse, pasa a la plataforma. Puedes escalarla antes.</translation>
    </message>
    <message>
        <source>Ship the return by then and record its tracking number, or the refund is lost.</source>
        <translation>Envía la devolución antes de ese momento y registra su número de seguimiento, o perderás el reembolso.</translation>
    </message>
    <message>
        <source>The refund should have arrived by then. If not, contact support or your bank.</source>
        <translation>Para entonces el reembolso debería haber llegado. Si no, contacta con atención al cliente o con tu banco.</translation>
    </message>
    <message>
        <source>Last day to open a PayPal dispute (escalate it to a claim within 20 days).</source>
        <translation>Último día para abrir una disputa en PayPal (conviértela en reclamación en un plazo de 20 días).</translation>
    </message>
    <message>
        <source>Last day to ask your bank for a chargeback. Never while a platform case is open.</source>
        <translation>Último día para pedir a tu banco un contracargo. Nunca mientras haya un caso abierto en la plataforma.</translation>
    </message>
    <message>
        <source>The platform&apos;s decision is expected by then. Answer its questions quickly; if nothing comes, ask support.</source>
        <translation>Para entonces se espera la resolución de la plataforma. Responde rápido a sus preguntas; si no llega nada, pregunta a atención al cliente.</translation>
    </message>
    <message>
        <source>Last moment to appeal the decision, once, with new evidence.</source>
        <translation>Último momento para apelar la resolución, una sola vez, con nuevas pruebas.</translation>
    </message>
    <message>
        <source>Estimated from the usual processing time: the seller&apos;s real one isn&apos;t known. Enter the processing time or the ship-by countdown from the order page (edit the order) for the real deadline. If it has passed and the order didn&apos;t ship, the order closes by itself and the money comes back.</source>
        <translation>Estimado según el tiempo de procesamiento habitual: no se conoce el real del vendedor. Introduce el tiempo de procesamiento o la cuenta atrás de envío de la página del pedido (edita el pedido) para obtener el plazo real. Si ha pasado y el pedido no se ha enviado, el pedido se cierra solo y el dinero vuelve.</translation>
    </message>
    <message>
        <source>Tracking says delivered. Confirm receipt only when all is well, or open a dispute before then.</source>
        <translation>El seguimiento indica que se ha entregado. Confirma la recepción solo cuando todo esté bien o abre una disputa antes de ese momento.</translation>
    </message>
</context>
<context>
    <name>detail</name>
    <message>
        <source>Mark paid…</source>
        <translation>Marcar como pagado…</translation>
    </message>
    <message>
        <source>Shipped…</source>
        <translation>Enviado…</translation>
    </message>
    <message>
        <source>Tracking update…</source>
        <translation>Actualización de seguimiento…</translation>
    </message>
    <message>
        <source>Delivered…</source>
        <translation>Entregado…</translation>
    </message>
    <message>
        <source>Confirm receipt…</source>
        <translation>Confirmar recepción…</translation>
    </message>
    <message>
        <source>Request cancellation…</source>
        <translation>Solicitar cancelación…</translation>
    </message>
    <message>
        <source>Cancellation approved…</source>
        <translation>Cancelación aprobada…</translation>
    </message>
    <message>
        <source>Cancellation refused…</source>
        <translation>Cancelación rechazada…</translation>
    </message>
    <message>
        <source>Cancelled…</source>
        <translation>Cancelado…</translation>
    </message>
    <message>
        <source>Extension requested…</source>
        <translation>Ampliación solicitada…</translation>
    </message>
    <message>
        <source>Protection extended…</source>
        <translation>Protección ampliada…</translation>
    </message>
    <message>
        <source>Open dispute…</source>
        <translation>Abrir disputa…</translation>
    </message>
    <message>
        <source>Dispute cancelled…</source>
        <translation>Disputa cancelada…</translation>
    </message>
    <message>
        <source>Seller responded…</source>
        <translation>Respuesta del vendedor…</translation>
    </message>
    <message>
        <source>Escalated…</source>
        <translation>Disputa escalada…</translation>
    </message>
    <message>
        <source>Decision…</source>
        <translation>Resolución…</translation>
    </message>
    <message>
        <source>Appealed…</source>
        <translation>Apelación…</translation>
    </message>
    <message>
        <source>Refund issued…</source>
        <translation>Reembolso emitido…</translation>
    </message>
    <message>
        <source>Refund received…</source>
        <translation>Reembolso recibido…</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>entered from the order page</source>
        <translation>introducido desde la página del pedido</translation>
    </message>
    <message>
        <source>estimated from the rules and a date not known for sure (see the timeline)</source>
        <translation>estimado según las reglas y una fecha no conocida con certeza (ver la cronología)</translation>
    </message>
    <message>
        <source>estimated from the rules</source>
        <translation>estimado según las reglas</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Pedido realizado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Tracking update</source>
        <translation>Actualización de seguimiento</translation>
    </message>
    <message>
        <source>Delivered (tracking says so)</source>
        <translation>Entregado (según el seguimiento)</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>Recepción confirmada</translation>
    </message>
    <message>
        <source>Cancellation requested</source>
        <translation>Cancelación solicitada</translation>
    </message>
    <message>
        <source>Cancellation approved</source>
        <translation>Cancelación aprobada</translation>
    </message>
    <message>
        <source>Cancellation refused</source>
        <translation>Cancelación rechazada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Protection extension requested</source>
        <translation>Ampliación de la protección solicitada</translation>
    </message>
    <message>
        <source>Protection extended</source>
        <translation>Protección ampliada</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>Disputa abierta</translation>
    </message>
    <message>
        <source>Dispute cancelled</source>
        <translation>Disputa cancelada</translation>
    </message>
    <message>
        <source>Seller responded</source>
        <translation>Respuesta del vendedor</translation>
    </message>
    <message>
        <source>Escalated to the platform</source>
        <translation>Escalada a la plataforma</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>Apelación</translation>
    </message>
    <message>
        <source>Refund issued</source>
        <translation>Reembolso emitido</translation>
    </message>
    <message>
        <source>Refund received</source>
        <translation>Reembolso recibido</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Order edited</source>
        <translation>Pedido editado</translation>
    </message>
    <message>
        <source>Moved to trash</source>
        <translation>Movido a la papelera</translation>
    </message>
    <message>
        <source>Restored from trash</source>
        <translation>Restaurado de la papelera</translation>
    </message>
    <message>
        <source>tracking stopped moving</source>
        <translation>seguimiento detenido</translation>
    </message>
    <message>
        <source>sent to the wrong address</source>
        <translation>enviado a una dirección equivocada</translation>
    </message>
    <message>
        <source>delivery period ending</source>
        <translation>plazo de entrega a punto de vencer</translation>
    </message>
    <message>
        <source>returned to the sender</source>
        <translation>devuelto al remitente</translation>
    </message>
    <message>
        <source>held at customs</source>
        <translation>retenido en aduanas</translation>
    </message>
    <message>
        <source>not as described</source>
        <translation>no es como se describe</translation>
    </message>
    <message>
        <source>defective</source>
        <translation>defectuoso</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>dañado</translation>
    </message>
    <message>
        <source>wrong item</source>
        <translation>artículo equivocado</translation>
    </message>
    <message>
        <source>fewer items than ordered</source>
        <translation>menos unidades de las pedidas</translation>
    </message>
    <message>
        <source>counterfeit</source>
        <translation>falsificación</translation>
    </message>
    <message>
        <source>empty parcel</source>
        <translation>paquete vacío</translation>
    </message>
    <message>
        <source>changed my mind</source>
        <translation>he cambiado de opinión</translation>
    </message>
    <message>
        <source>found it cheaper</source>
        <translation>lo he encontrado más barato</translation>
    </message>
    <message>
        <source>seller out of stock</source>
        <translation>el vendedor no tiene existencias</translation>
    </message>
    <message>
        <source>seller raised the price</source>
        <translation>el vendedor ha subido el precio</translation>
    </message>
    <message>
        <source>the seller asked</source>
        <translation>el vendedor lo ha pedido</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>full refund</source>
        <translation>reembolso total</translation>
    </message>
    <message>
        <source>partial refund</source>
        <translation>reembolso parcial</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Monedero electrónico</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo de la plataforma</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Método de pago</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Ship-by time</source>
        <translation>Plazo de envío</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>{time} or later</source>
        <translation>{time} o después</translation>
    </message>
    <message>
        <source>Date not known: the import or the pasted page didn&apos;t say when.</source>
        <translation>Fecha desconocida: la importación o la página pegada no indicaba cuándo.</translation>
    </message>
    <message>
        <source>About item {item}</source>
        <translation>Afecta al artículo {item}</translation>
    </message>
    <message>
        <source>Tracking number: {tracking} ({carrier})</source>
        <translation>Número de seguimiento: {tracking} ({carrier})</translation>
    </message>
    <message>
        <source>Tracking number: {tracking}</source>
        <translation>Número de seguimiento: {tracking}</translation>
    </message>
    <message>
        <source>Carrier: {carrier}</source>
        <translation>Transportista: {carrier}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>Refund asked: {amount}</source>
        <translation>Reembolso solicitado: {amount}</translation>
    </message>
    <message>
        <source>With a return of the item</source>
        <translation>Con devolución del artículo</translation>
    </message>
    <message>
        <source>Seller offers: {amount}</source>
        <translation>El vendedor ofrece: {amount}</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Resultado: {outcome}</translation>
    </message>
    <message>
        <source>Amount: {amount}</source>
        <translation>Importe: {amount}</translation>
    </message>
    <message numerus="yes">
        <source>Processing time: %n day(s)</source>
        <translation>
            <numerusform>Tiempo de procesamiento: %n día</numerusform>
            <numerusform>Tiempo de procesamiento: %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Seller must ship by {time}</source>
        <translation>El vendedor debe enviarlo antes del {time}</translation>
    </message>
    <message>
        <source>Protection ends {time}</source>
        <translation>La protección termina el {time}</translation>
    </message>
    <message numerus="yes">
        <source>By %n day(s)</source>
        <translation>
            <numerusform>%n día más</numerusform>
            <numerusform>%n días más</numerusform>
        </translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
</context>
<context>
    <name>dispute</name>
    <message>
        <source>Use the cancel wizard (&quot;advise cancel&quot;): an order that hasn&apos;t shipped is cancelled, not disputed.</source>
        <translation>Usa el asistente de cancelación («advise cancel»): un pedido que aún no se ha enviado se cancela; no se abre una disputa.</translation>
    </message>
    <message>
        <source>Record the refund here when the money arrives.</source>
        <translation>Registra aquí el reembolso cuando llegue el dinero.</translation>
    </message>
    <message>
        <source>Don&apos;t confirm receipt before the parcel is in your hands, even if the seller asks: it ends buyer protection, and a &quot;not received&quot; dispute can&apos;t be opened after it.</source>
        <translation>No confirmes la recepción antes de tener el paquete en tus manos, aunque el vendedor te lo pida: pone fin a la protección al comprador y después ya no se puede abrir una disputa por «no recibido».</translation>
    </message>
    <message>
        <source>Don&apos;t cancel the dispute or press &quot;Accept&quot; on the seller&apos;s promise alone: a cancelled dispute can be opened again only while buyer protection runs.</source>
        <translation>No canceles la disputa ni pulses «Aceptar» solo porque el vendedor te lo prometa: una disputa cancelada solo se puede volver a abrir mientras dure la protección al comprador.</translation>
    </message>
    <message>
        <source>Don&apos;t file a chargeback with your bank beside an open case: the order freezes and you may lose both.</source>
        <translation>No solicites un contracargo a tu banco mientras haya un caso abierto: el pedido se congela y puedes perder ambos.</translation>
    </message>
    <message>
        <source>Wait until the window opens; meanwhile collect the evidence in the checklist.</source>
        <translation>Espera a que se abra el plazo; mientras tanto, reúne las pruebas de la lista.</translation>
    </message>
    <message>
        <source>Write to the seller meanwhile: sometimes that is enough.</source>
        <translation>Mientras tanto, escribe al vendedor: a veces basta con eso.</translation>
    </message>
    <message>
        <source>Ask the seller to extend buyer protection if the parcel is late and still on its way.</source>
        <translation>Pide al vendedor que amplíe la protección al comprador si el paquete se retrasa y sigue en camino.</translation>
    </message>
    <message>
        <source>Open this wizard again when the parcel has arrived.</source>
        <translation>Vuelve a abrir este asistente cuando haya llegado el paquete.</translation>
    </message>
    <message>
        <source>Ask for a full refund.</source>
        <translation>Pide un reembolso total.</translation>
    </message>
    <message numerus="yes">
        <source>Ask for a partial refund if you keep the item, or for a full refund with a return (then ship it within %n day(s) of the agreement).</source>
        <translation>
            <numerusform>Pide un reembolso parcial si te quedas el artículo, o un reembolso total con devolución (entonces envíalo en %n día desde el acuerdo).</numerusform>
            <numerusform>Pide un reembolso parcial si te quedas el artículo, o un reembolso total con devolución (entonces envíalo en %n días desde el acuerdo).</numerusform>
        </translation>
    </message>
    <message>
        <source>Collect the evidence in the checklist before you open the dispute.</source>
        <translation>Reúne las pruebas de la lista antes de abrir la disputa.</translation>
    </message>
    <message>
        <source>On the order page press &quot;Open dispute&quot; and choose the reason.</source>
        <translation>En la página del pedido, pulsa «Abrir disputa» y elige el motivo.</translation>
    </message>
    <message>
        <source>Paste the drafted dispute text into the form, fill in the parts in […], and attach the evidence.</source>
        <translation>Pega en el formulario el texto de la disputa redactado, rellena las partes entre […] y adjunta las pruebas.</translation>
    </message>
    <message numerus="yes">
        <source>Record the dispute here: the seller then has %n day(s) to answer, and after {escalation} it goes to the platform.</source>
        <translation>
            <numerusform>Registra aquí la disputa: el vendedor tendrá entonces %n día para responder y, al cabo de {escalation}, pasará a la plataforma.</numerusform>
            <numerusform>Registra aquí la disputa: el vendedor tendrá entonces %n días para responder y, al cabo de {escalation}, pasará a la plataforma.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>after this long the dispute goes to the platform</comment>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buyer protection ended at {ended}: the safe time to open a dispute was before then. The order counts as completed, and a completed order can still be disputed for %n day(s) (until {closes}; {confidence}): this is the last chance, open it now.</source>
        <translation>
            <numerusform>La protección al comprador terminó el {ended}: lo seguro era abrir la disputa antes. El pedido cuenta como completado, y sobre un pedido completado aún se puede abrir una disputa durante %n día (hasta el {closes}; {confidence}): es la última oportunidad, ábrela ya.</numerusform>
            <numerusform>La protección al comprador terminó el {ended}: lo seguro era abrir la disputa antes. El pedido cuenta como completado, y sobre un pedido completado aún se puede abrir una disputa durante %n días (hasta el {closes}; {confidence}): es la última oportunidad, ábrela ya.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform&apos;s window is missed, but your payment method may still protect you (see below).</source>
        <translation>Se ha pasado el plazo de la plataforma, pero tu método de pago aún puede protegerte (ver abajo).</translation>
    </message>
    <message>
        <source>The platform&apos;s window is missed, and no payment-method fallback applies any more.</source>
        <translation>Se ha pasado el plazo de la plataforma y ya no queda ninguna alternativa a través del método de pago.</translation>
    </message>
    <message>
        <source>The seller didn&apos;t answer in time, so the refund you asked for goes through. Record it here when the money arrives.</source>
        <translation>El vendedor no ha respondido a tiempo, así que se aprueba el reembolso que has pedido. Regístralo aquí cuando llegue el dinero.</translation>
    </message>
    <message numerus="yes">
        <source>The seller must answer within %n day(s) of the opening; if silent, your return is accepted: ship the item back within {return_days} and record its tracking number.</source>
        <translation>
            <numerusform>El vendedor debe responder en un plazo de %n día desde la apertura; si no responde, tu devolución queda aceptada: devuelve el artículo en un plazo de {return_days} y registra su número de seguimiento.</numerusform>
            <numerusform>El vendedor debe responder en un plazo de %n días desde la apertura; si no responde, tu devolución queda aceptada: devuelve el artículo en un plazo de {return_days} y registra su número de seguimiento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>the time to ship a return back</comment>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The seller must answer within %n day(s) of the opening; if silent, the refund you asked for goes through.</source>
        <translation>
            <numerusform>El vendedor debe responder en un plazo de %n día desde la apertura; si no responde, se aprueba el reembolso que has pedido.</numerusform>
            <numerusform>El vendedor debe responder en un plazo de %n días desde la apertura; si no responde, se aprueba el reembolso que has pedido.</numerusform>
        </translation>
    </message>
    <message>
        <source>The seller answered: accept an offer only when the money or the return is agreed on the platform, not on a promise.</source>
        <translation>El vendedor ha respondido: acepta una oferta solo cuando el dinero o la devolución estén acordados en la plataforma, no por una promesa.</translation>
    </message>
    <message numerus="yes">
        <source>If it is still unresolved %n day(s) after the opening, it goes to the platform; you can press &quot;Escalate dispute&quot; earlier.</source>
        <translation>
            <numerusform>Si sigue sin resolverse %n día después de abrirla, pasa a la plataforma; puedes pulsar «Escalar disputa» antes.</numerusform>
            <numerusform>Si sigue sin resolverse %n días después de abrirla, pasa a la plataforma; puedes pulsar «Escalar disputa» antes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The platform decided against you: you can appeal once, within %n day(s) of the decision, with more evidence.</source>
        <translation>
            <numerusform>La plataforma ha resuelto en tu contra: puedes apelar una vez, con más pruebas, en un plazo de %n día desde la resolución.</numerusform>
            <numerusform>La plataforma ha resuelto en tu contra: puedes apelar una vez, con más pruebas, en un plazo de %n días desde la resolución.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the appeal fails too, the payment method&apos;s own protection may still help (see the deadlines).</source>
        <translation>Si la apelación también fracasa, la protección propia del método de pago aún puede ayudarte (consulta los plazos).</translation>
    </message>
    <message numerus="yes">
        <source>Ship the return within %n day(s) of the decision and record its tracking number, or the refund is lost.</source>
        <translation>
            <numerusform>Envía la devolución en un plazo de %n día desde la resolución y registra su número de seguimiento, o perderás el reembolso.</numerusform>
            <numerusform>Envía la devolución en un plazo de %n días desde la resolución y registra su número de seguimiento, o perderás el reembolso.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform is deciding: answer its questions quickly and add evidence if it asks.</source>
        <translation>La plataforma está decidiendo: responde rápido a sus preguntas y añade pruebas si te las pide.</translation>
    </message>
    <message>
        <source>Record the seller&apos;s answer, the escalation, the decision and the refund here as they happen.</source>
        <translation>Registra aquí la respuesta del vendedor, la escalada, la resolución y el reembolso a medida que ocurran.</translation>
    </message>
</context>
<context>
    <name>doctor</name>
    <message>
        <source>in use by a Dispute Desk window or command that is running: {path}</source>
        <translation>en uso por una ventana o un comando de Dispute Desk en ejecución: {path}</translation>
    </message>
    <message>
        <source>left by an interrupted run (the next run removes it): {path}</source>
        <translation>dejado por una ejecución interrumpida (la siguiente ejecución lo elimina): {path}</translation>
    </message>
    <message>
        <source>{work} ({detail})</source>
        <translation>{work} ({detail})</translation>
    </message>
    <message>
        <source>{work} started {time} was interrupted; nothing of it was saved</source>
        <translation>{work}, iniciada el {time}, se interrumpió; no se guardó nada de ella</translation>
    </message>
    <message>
        <source>the disk holding {path} has only {size} free</source>
        <translation>el disco de {path} solo tiene {size} libres</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>una importación</translation>
    </message>
    <message>
        <source>a restore</source>
        <translation>una restauración</translation>
    </message>
    <message>
        <source>an upgrade of the data</source>
        <translation>una actualización de los datos</translation>
    </message>
    <message>
        <source>{path} is damaged or not a Dispute Desk data file ({reason})</source>
        <translation>{path} está dañado o no es un archivo de datos de Dispute Desk ({reason})</translation>
    </message>
    <message>
        <source>the data file was read without locking it (the disk is full): changes another window is making right now are not part of this check</source>
        <translation>el archivo de datos se ha leído sin bloquearlo (el disco está lleno): los cambios que otra ventana esté haciendo ahora mismo no forman parte de esta comprobación</translation>
    </message>
    <message>
        <source>the data is at schema {revision}; this version upgrades it to {head} when it next opens it (only the file&apos;s integrity was checked)</source>
        <translation>los datos están en el esquema {revision}; esta versión los actualizará a {head} la próxima vez que los abra (solo se ha comprobado la integridad del archivo)</translation>
    </message>
    <message>
        <source>evidence item {file} of order {order}: {reason}</source>
        <translation>prueba {file} del pedido {order}: {reason}</translation>
    </message>
    <message>
        <source>evidence file missing: {file} of order {order} ({path})</source>
        <translation>falta el archivo de prueba: {file} del pedido {order} ({path})</translation>
    </message>
    <message>
        <source>evidence file damaged (its content changed): {file} of order {order} ({path})</source>
        <translation>archivo de prueba dañado (su contenido ha cambiado): {file} del pedido {order} ({path})</translation>
    </message>
    <message>
        <source>evidence file no item refers to (can be deleted): {path}</source>
        <translation>archivo de prueba al que no hace referencia ninguna prueba (se puede eliminar): {path}</translation>
    </message>
    <message>
        <source>schema: the table {table} is missing</source>
        <translation>esquema: falta la tabla {table}</translation>
    </message>
    <message>
        <source>schema: the table {table} lacks the column(s) {columns}</source>
        <translation>esquema: columnas que faltan en la tabla {table}: {columns}</translation>
    </message>
    <message>
        <source>{table} row {rows} names its file with something that is not a SHA-256 and one of the app&apos;s extensions</source>
        <translation>{table}, fila {rows}: el nombre de su archivo no es un SHA-256 con una de las extensiones de la aplicación</translation>
    </message>
    <message>
        <source>{table} row {rows} is of a kind the app doesn&apos;t know</source>
        <translation>{table}, fila {rows}: es de un tipo que la aplicación no conoce</translation>
    </message>
    <message>
        <source>{table} row {rows} holds a time the app can&apos;t read</source>
        <translation>{table}, fila {rows}: contiene una hora que la aplicación no puede leer</translation>
    </message>
    <message>
        <source>{table} row {rows} holds a total or currency the app can&apos;t read</source>
        <translation>{table}, fila {rows}: contiene un total o una moneda que la aplicación no puede leer</translation>
    </message>
    <message>
        <source>{table} row {rows} holds a price or quantity the app can&apos;t read</source>
        <translation>{table}, fila {rows}: contiene un precio o una cantidad que la aplicación no puede leer</translation>
    </message>
    <message numerus="yes">
        <source>{rows} and %n more</source>
        <translation>
            <numerusform>{rows} y %n más</numerusform>
            <numerusform>{rows} y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>{table} row {row}: refers to a missing row in {parent}</source>
        <translation>{table}, fila {row}: hace referencia a una fila inexistente de {parent}</translation>
    </message>
    <message>
        <source>integrity: {problem}</source>
        <translation>integridad: {problem}</translation>
    </message>
    <message>
        <source>foreign key: {problem}</source>
        <translation>clave externa: {problem}</translation>
    </message>
</context>
<context>
    <name>draft</name>
    <message>
        <source>Hello! I&apos;d like to cancel order {order}: I no longer need it. Please don&apos;t ship it; I&apos;m sending a cancellation request now. Could you please approve it? Thank you!</source>
        <translation>¡Hola! Me gustaría cancelar el pedido {order}: ya no lo necesito. Por favor, no lo envíe; ahora mismo envío una solicitud de cancelación. ¿Podría aprobarla, por favor? ¡Gracias!</translation>
    </message>
    <message>
        <source>Hello! I&apos;d like to cancel order {order}. Please don&apos;t ship it; I&apos;m sending a cancellation request now. Could you please approve it? Thank you!</source>
        <translation>¡Hola! Me gustaría cancelar el pedido {order}. Por favor, no lo envíe; ahora mismo envío una solicitud de cancelación. ¿Podría aprobarla, por favor? ¡Gracias!</translation>
    </message>
    <message>
        <source>Hello! I have sent a cancellation request for order {order}. Could you please approve it and not ship the order? Thank you!</source>
        <translation>¡Hola! He enviado una solicitud de cancelación del pedido {order}. ¿Podría aprobarla, por favor, y no enviar el pedido? ¡Gracias!</translation>
    </message>
    <message>
        <source>Hello! I understand the item in order {order} is out of stock. I won&apos;t cancel the order myself: if you can&apos;t ship it, the order will close automatically when the shipping time runs out, and the payment will be refunded. Thank you!</source>
        <translation>¡Hola! Entiendo que el artículo del pedido {order} está agotado. No voy a cancelar el pedido por mi parte: si no puede enviarlo, el pedido se cerrará automáticamente cuando se agote el plazo de envío y se reembolsará el pago. ¡Gracias!</translation>
    </message>
    <message>
        <source>Hello! Order {order} was paid at the price shown when I ordered; please ship it at that price. I won&apos;t cancel the order myself: if you can&apos;t ship it, the order will close automatically when the shipping time runs out, and the payment will be refunded. Thank you!</source>
        <translation>¡Hola! El pedido {order} se pagó al precio que se mostraba cuando lo hice; por favor, envíelo a ese precio. No voy a cancelar el pedido por mi parte: si no puede enviarlo, el pedido se cerrará automáticamente cuando se agote el plazo de envío y se reembolsará el pago. ¡Gracias!</translation>
    </message>
    <message>
        <source>Hello! You asked me to cancel order {order}. I&apos;d rather not cancel it myself: if you can&apos;t ship it, the order will close automatically when the shipping time runs out, and the payment will be refunded. Thank you for understanding!</source>
        <translation>¡Hola! Me ha pedido que cancele el pedido {order}. Prefiero no cancelarlo por mi parte: si no puede enviarlo, el pedido se cerrará automáticamente cuando se agote el plazo de envío y se reembolsará el pago. ¡Gracias por su comprensión!</translation>
    </message>
    <message>
        <source>Reason: {reason}.</source>
        <translation>Motivo: {reason}.</translation>
    </message>
    <message>
        <source>Order {order}, item “{item}”</source>
        <translation>Pedido {order}, artículo «{item}»</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Pedido {order}</translation>
    </message>
    <message>
        <source>ordered on {date}</source>
        <translation>pedido el {date}</translation>
    </message>
    <message>
        <source>shipped on {date}</source>
        <translation>enviado el {date}</translation>
    </message>
    <message>
        <source>received on {date}</source>
        <translation>recibido el {date}</translation>
    </message>
    <message>
        <source>delivered on {date} according to the tracking</source>
        <translation>entregado el {date} según el seguimiento</translation>
    </message>
    <message>
        <source>{about}: {dates}.</source>
        <translation>{about}: {dates}.</translation>
    </message>
    <message>
        <source>I ask for a full refund.</source>
        <translation>Solicito un reembolso total.</translation>
    </message>
    <message>
        <source>[amount]</source>
        <translation>[importe]</translation>
    </message>
    <message>
        <source>I ask for a partial refund of {amount} and will keep the item, or a full refund if I return it.</source>
        <translation>Solicito un reembolso parcial de {amount} y me quedo el artículo, o un reembolso total si lo devuelvo.</translation>
    </message>
    <message numerus="yes">
        <source>I attach %n photo(s) or video(s) that show it.</source>
        <translation>
            <numerusform>Adjunto %n foto o vídeo que lo muestra.</numerusform>
            <numerusform>Adjunto %n fotos o vídeos que lo muestran.</numerusform>
        </translation>
    </message>
    <message>
        <source>[Attach photos or a video that show it, and say so here.]</source>
        <translation>[Adjunta fotos o un vídeo que lo muestren e indícalo aquí.]</translation>
    </message>
    <message>
        <source>I attach screenshots of the tracking ({count}).</source>
        <translation>Adjunto capturas de pantalla del seguimiento ({count}).</translation>
    </message>
    <message>
        <source>[Attach screenshots of the tracking, and say so here.]</source>
        <translation>[Adjunta capturas de pantalla del seguimiento e indícalo aquí.]</translation>
    </message>
    <message>
        <source>[date of shipment]</source>
        <translation>[fecha de envío]</translation>
    </message>
    <message>
        <source>[date you received it]</source>
        <translation>[fecha en que lo recibiste]</translation>
    </message>
    <message>
        <source>[date of delivery]</source>
        <translation>[fecha de entrega]</translation>
    </message>
    <message>
        <source>The tracking hasn&apos;t been updated since [date of the last update], and I haven&apos;t received the parcel.</source>
        <translation>El seguimiento no se actualiza desde el [fecha de la última actualización] y no he recibido el paquete.</translation>
    </message>
    <message>
        <source>The tracking shows the parcel going to [the other destination or country], not to my address.</source>
        <translation>El seguimiento muestra que el paquete va a [el otro destino o país], no a mi dirección.</translation>
    </message>
    <message>
        <source>Buyer protection ends soon and the parcel still hasn&apos;t arrived; the tracking last showed [last tracking event].</source>
        <translation>La protección al comprador termina pronto y el paquete aún no ha llegado; lo último que mostró el seguimiento fue [último evento del seguimiento].</translation>
    </message>
    <message>
        <source>The tracking shows the parcel returned to the sender on [date]; I never received it.</source>
        <translation>El seguimiento muestra que el paquete se devolvió al remitente el [fecha]; nunca lo recibí.</translation>
    </message>
    <message>
        <source>The parcel is held at customs since [date]: [what customs says].</source>
        <translation>El paquete está retenido en aduanas desde el [fecha]: [lo que dice la aduana].</translation>
    </message>
    <message>
        <source>The listing promised: [what the listing said]. What arrived: [what you received].</source>
        <translation>El anuncio prometía: [lo que decía el anuncio]. Lo que ha llegado: [lo que recibiste].</translation>
    </message>
    <message>
        <source>The item doesn&apos;t work: [what happens when you use it]. The listing promised: [what the listing said].</source>
        <translation>El artículo no funciona: [qué pasa cuando lo usas]. El anuncio prometía: [lo que decía el anuncio].</translation>
    </message>
    <message>
        <source>The item arrived damaged: [what is damaged].</source>
        <translation>El artículo llegó dañado: [qué está dañado].</translation>
    </message>
    <message>
        <source>I ordered [what you ordered], but received [what arrived].</source>
        <translation>Pedí [lo que has pedido], pero recibí [lo que llegó].</translation>
    </message>
    <message>
        <source>I ordered [number] pieces, but only [number] arrived.</source>
        <translation>Pedí [número] unidades, pero solo llegaron [número].</translation>
    </message>
    <message>
        <source>The listing promised a genuine [brand] product, but what arrived is a counterfeit: [what shows it].</source>
        <translation>El anuncio prometía un producto original de [marca], pero lo que llegó es una falsificación: [lo que lo demuestra].</translation>
    </message>
    <message>
        <source>The parcel arrived empty: it weighs [weight] instead of [expected weight].</source>
        <translation>El paquete llegó vacío: pesa [peso] en lugar de [peso esperado].</translation>
    </message>
    <message>
        <source>parcel not received, tracking not updated</source>
        <translation>paquete no recibido, seguimiento sin actualizar</translation>
    </message>
    <message>
        <source>parcel not received, sent to another destination</source>
        <translation>paquete no recibido, enviado a otro destino</translation>
    </message>
    <message>
        <source>parcel not received, delivery period ending</source>
        <translation>paquete no recibido, plazo de entrega a punto de vencer</translation>
    </message>
    <message>
        <source>parcel not received, returned to the sender</source>
        <translation>paquete no recibido, devuelto al remitente</translation>
    </message>
    <message>
        <source>parcel not received, held at customs</source>
        <translation>paquete no recibido, retenido en aduanas</translation>
    </message>
    <message>
        <source>item not as described</source>
        <translation>artículo no conforme a la descripción</translation>
    </message>
    <message>
        <source>item defective or doesn&apos;t work</source>
        <translation>artículo defectuoso o que no funciona</translation>
    </message>
    <message>
        <source>item damaged</source>
        <translation>artículo dañado</translation>
    </message>
    <message>
        <source>wrong item sent</source>
        <translation>se envió un artículo equivocado</translation>
    </message>
    <message>
        <source>quantity short</source>
        <translation>faltan unidades</translation>
    </message>
    <message>
        <source>counterfeit item</source>
        <translation>artículo falsificado</translation>
    </message>
    <message>
        <source>empty parcel</source>
        <translation>paquete vacío</translation>
    </message>
</context>
<context>
    <name>event</name>
    <message>
        <source>paid</source>
        <translation>el pago</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>el envío</translation>
    </message>
    <message>
        <source>tracking-update</source>
        <translation>la actualización de seguimiento</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>la entrega</translation>
    </message>
    <message>
        <source>received</source>
        <translation>la confirmación de recepción</translation>
    </message>
    <message>
        <source>cancel-requested</source>
        <translation>la solicitud de cancelación</translation>
    </message>
    <message>
        <source>cancel-approved</source>
        <translation>la aprobación de la cancelación</translation>
    </message>
    <message>
        <source>cancel-rejected</source>
        <translation>el rechazo de la cancelación</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>la cancelación</translation>
    </message>
    <message>
        <source>extension-requested</source>
        <translation>la solicitud de ampliación</translation>
    </message>
    <message>
        <source>protection-extended</source>
        <translation>la ampliación de la protección</translation>
    </message>
    <message>
        <source>dispute-opened</source>
        <translation>la apertura de la disputa</translation>
    </message>
    <message>
        <source>dispute-cancelled</source>
        <translation>la cancelación de la disputa</translation>
    </message>
    <message>
        <source>seller-responded</source>
        <translation>la respuesta del vendedor</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>la escalada</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>la resolución</translation>
    </message>
    <message>
        <source>appealed</source>
        <translation>la apelación</translation>
    </message>
    <message>
        <source>refund-issued</source>
        <translation>la emisión del reembolso</translation>
    </message>
    <message>
        <source>refund-received</source>
        <translation>la recepción del reembolso</translation>
    </message>
    <message>
        <source>note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>la realización del pedido</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>la edición</translation>
    </message>
    <message>
        <source>trashed</source>
        <translation>el traslado a la papelera</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>la restauración</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>Screenshots of the tracking page, with the dates of its last events</source>
        <translation>Capturas de pantalla de la página de seguimiento, con las fechas de sus últimos eventos</translation>
    </message>
    <message>
        <source>Screenshots of your chat with the seller</source>
        <translation>Capturas de pantalla de tu chat con el vendedor</translation>
    </message>
    <message>
        <source>An unboxing video, from the sealed parcel to its contents</source>
        <translation>Un vídeo del desembalaje, desde el paquete cerrado hasta su contenido</translation>
    </message>
    <message>
        <source>A screenshot of the listing (description, photos, chosen options)</source>
        <translation>Una captura de pantalla del anuncio (descripción, fotos, opciones elegidas)</translation>
    </message>
    <message>
        <source>Screenshots of the tracking page, with the dates of its last events (no update for a long time)</source>
        <translation>Capturas de pantalla de la página de seguimiento, con las fechas de sus últimos eventos (sin actualizaciones desde hace mucho tiempo)</translation>
    </message>
    <message>
        <source>Screenshots of the tracking page, with the dates of its last events (another destination, country or post office)</source>
        <translation>Capturas de pantalla de la página de seguimiento, con las fechas de sus últimos eventos (otro destino, país u oficina de correos)</translation>
    </message>
    <message>
        <source>A screenshot of your delivery address on the order page</source>
        <translation>Una captura de pantalla de tu dirección de entrega en la página del pedido</translation>
    </message>
    <message>
        <source>A statement from your post office that the parcel didn&apos;t arrive there</source>
        <translation>Un justificante de tu oficina de correos de que el paquete no llegó allí</translation>
    </message>
    <message>
        <source>A screenshot of the buyer protection countdown on the order page</source>
        <translation>Una captura de pantalla de la cuenta atrás de la protección al comprador en la página del pedido</translation>
    </message>
    <message>
        <source>Screenshots of the tracking page, with the dates of its last events (the return to the sender)</source>
        <translation>Capturas de pantalla de la página de seguimiento, con las fechas de sus últimos eventos (la devolución al remitente)</translation>
    </message>
    <message>
        <source>Screenshots of the tracking page, with the dates of its last events (held at customs)</source>
        <translation>Capturas de pantalla de la página de seguimiento, con las fechas de sus últimos eventos (retenido en aduanas)</translation>
    </message>
    <message>
        <source>The customs or post-office statement or notice about the parcel</source>
        <translation>El justificante o aviso de aduanas o de correos sobre el paquete</translation>
    </message>
    <message>
        <source>Photos of each difference from the listing</source>
        <translation>Fotos de cada diferencia con el anuncio</translation>
    </message>
    <message>
        <source>For size problems: a photo with a ruler next to the item, and its size label</source>
        <translation>Si es un problema de talla: una foto con una regla junto al artículo, y su etiqueta de talla</translation>
    </message>
    <message>
        <source>A video showing that it doesn&apos;t work</source>
        <translation>Un vídeo que muestre que no funciona</translation>
    </message>
    <message>
        <source>Photos of the defect</source>
        <translation>Fotos del defecto</translation>
    </message>
    <message>
        <source>Photos of each damage</source>
        <translation>Fotos de cada daño</translation>
    </message>
    <message>
        <source>Photos of the parcel and its packaging as it arrived</source>
        <translation>Fotos del paquete y su embalaje tal como llegaron</translation>
    </message>
    <message>
        <source>A post-office statement if the parcel arrived damaged</source>
        <translation>Un justificante de correos si el paquete llegó dañado</translation>
    </message>
    <message>
        <source>Photos of what arrived, next to the listing&apos;s photos</source>
        <translation>Fotos de lo que llegó, junto a las fotos del anuncio</translation>
    </message>
    <message>
        <source>Photos of the labels and markings of what arrived</source>
        <translation>Fotos de las etiquetas y marcas de lo que llegó</translation>
    </message>
    <message>
        <source>A photo of everything that arrived, laid out and counted</source>
        <translation>Una foto de todo lo que llegó, extendido y contado</translation>
    </message>
    <message>
        <source>A weight photo of the parcel on scales</source>
        <translation>Una foto del paquete en una báscula, con su peso</translation>
    </message>
    <message>
        <source>A screenshot of the listing (description, photos, chosen options) showing the quantity</source>
        <translation>Una captura de pantalla del anuncio (descripción, fotos, opciones elegidas) que muestre la cantidad</translation>
    </message>
    <message>
        <source>Photos of each difference from the genuine product (logos, labels, serial numbers)</source>
        <translation>Fotos de cada diferencia con el producto original (logotipos, etiquetas, números de serie)</translation>
    </message>
    <message>
        <source>A screenshot of the listing (description, photos, chosen options) claiming the brand</source>
        <translation>Una captura de pantalla del anuncio (descripción, fotos, opciones elegidas) que indique la marca</translation>
    </message>
    <message>
        <source>Photos of the empty parcel and its packaging</source>
        <translation>Fotos del paquete vacío y su embalaje</translation>
    </message>
    <message>
        <source>A post-office statement of the parcel&apos;s weight on delivery</source>
        <translation>Un justificante de correos del peso del paquete en la entrega</translation>
    </message>
    <message>
        <source>JPEG, PNG, WebP, HEIC, MP4, MOV or WebM</source>
        <translation>JPEG, PNG, WebP, HEIC, MP4, MOV o WebM</translation>
    </message>
    <message>
        <source>{name} is an AVIF image; only {formats} files can be attached</source>
        <translation>{name} es una imagen AVIF; solo se pueden adjuntar archivos {formats}</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a named pipe or a device); only files can be attached</source>
        <translation>{path} no es un archivo normal (es una tubería con nombre o un dispositivo); solo se pueden adjuntar archivos</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} no existe</translation>
    </message>
    <message>
        <source>{path} is a folder, not a photo or video</source>
        <translation>{path} es una carpeta, no una foto ni un vídeo</translation>
    </message>
    <message>
        <source>{path} can&apos;t be read (no permission)</source>
        <translation>no se puede leer {path} (sin permiso)</translation>
    </message>
    <message>
        <source>{path} can&apos;t be read: {reason}</source>
        <translation>no se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} está vacío</translation>
    </message>
    <message>
        <source>{name} is larger than 4 GB</source>
        <translation>{name} ocupa más de 4 GB</translation>
    </message>
    <message>
        <source>{name} is not a photo or video that can be kept ({formats})</source>
        <translation>{name} no es una foto ni un vídeo que se pueda guardar ({formats})</translation>
    </message>
    <message>
        <source>{name} has no pixels</source>
        <translation>{name} no tiene píxeles</translation>
    </message>
    <message>
        <source>{name} is {width}×{height} pixels, too large to keep (at most {megapixels} megapixels and {side} pixels a side)</source>
        <translation>{name} mide {width}×{height} píxeles, demasiado grande para guardarlo (como máximo {megapixels} megapíxeles y {side} píxeles por lado)</translation>
    </message>
    <message>
        <source>{name} is too large to open safely (a decompression bomb?)</source>
        <translation>{name} es demasiado grande para abrirlo con seguridad (¿una bomba de descompresión?)</translation>
    </message>
    <message>
        <source>{name} is not a readable image</source>
        <translation>{name} no es una imagen legible</translation>
    </message>
    <message>
        <source>{name} is damaged or cut off ({reason})</source>
        <translation>{name} está dañado o cortado ({reason})</translation>
    </message>
    <message>
        <source>{sha256} is not a SHA-256; no cached file is made for it</source>
        <translation>{sha256} no es un SHA-256; no se crea ningún archivo en caché para él</translation>
    </message>
    <message>
        <source>{source} can&apos;t be read: {reason}</source>
        <translation>no se puede leer {source}: {reason}</translation>
    </message>
    <message>
        <source>{name} changed while it was being attached; try again</source>
        <translation>{name} ha cambiado mientras se adjuntaba; vuelve a intentarlo</translation>
    </message>
    <message>
        <source>{name} is not a readable image: {reason}</source>
        <translation>{name} no es una imagen legible: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a readable video: {reason}</source>
        <translation>{name} no es un vídeo legible: {reason}</translation>
    </message>
    <message>
        <source>too many boxes</source>
        <translation>demasiadas cajas</translation>
    </message>
    <message>
        <source>it ends in the middle of a box (cut off?)</source>
        <translation>termina en mitad de una caja (¿cortado?)</translation>
    </message>
    <message>
        <source>a box has an impossible size ({size} bytes)</source>
        <translation>una caja tiene un tamaño imposible ({size} bytes)</translation>
    </message>
    <message>
        <source>a box runs past the end of the file (cut off?)</source>
        <translation>una caja sobrepasa el final del archivo (¿cortado?)</translation>
    </message>
    <message>
        <source>it does not start with a valid file-type box</source>
        <translation>no empieza con una caja de tipo de archivo válida</translation>
    </message>
    <message>
        <source>{name} is not a readable image: it has no image header (meta box)</source>
        <translation>{name} no es una imagen legible: no tiene cabecera de imagen (caja meta)</translation>
    </message>
    <message>
        <source>it has two movie headers</source>
        <translation>tiene dos cabeceras de película</translation>
    </message>
    <message>
        <source>it has no movie header (moov box)</source>
        <translation>no tiene cabecera de película (caja moov)</translation>
    </message>
    <message>
        <source>it has no media data</source>
        <translation>no tiene datos multimedia</translation>
    </message>
    <message>
        <source>its movie header is implausibly large</source>
        <translation>su cabecera de película es inverosímilmente grande</translation>
    </message>
    <message>
        <source>it has no video track</source>
        <translation>no tiene pista de vídeo</translation>
    </message>
    <message>
        <source>it ends in the middle of an element (cut off?)</source>
        <translation>termina en mitad de un elemento (¿cortado?)</translation>
    </message>
    <message>
        <source>an element has an invalid length</source>
        <translation>un elemento tiene una longitud no válida</translation>
    </message>
    <message>
        <source>an element has an invalid ID</source>
        <translation>un elemento tiene un ID no válido</translation>
    </message>
    <message>
        <source>an element runs past the end of the file (cut off?)</source>
        <translation>un elemento sobrepasa el final del archivo (¿cortado?)</translation>
    </message>
    <message>
        <source>too many elements</source>
        <translation>demasiados elementos</translation>
    </message>
    <message>
        <source>an element inside the header has an unknown size</source>
        <translation>un elemento de la cabecera tiene un tamaño desconocido</translation>
    </message>
    <message>
        <source>its EBML header is invalid</source>
        <translation>su cabecera EBML no es válida</translation>
    </message>
    <message>
        <source>it is not a WebM or Matroska file</source>
        <translation>no es un archivo WebM ni Matroska</translation>
    </message>
    <message>
        <source>it has no segment after its header</source>
        <translation>no tiene ningún segmento después de la cabecera</translation>
    </message>
    <message>
        <source>its track or info header has an invalid size</source>
        <translation>su cabecera de pista o de información tiene un tamaño no válido</translation>
    </message>
    <message>
        <source>it has no frames</source>
        <translation>no tiene fotogramas</translation>
    </message>
    <message>
        <source>a block inside a cluster has an unknown size</source>
        <translation>un bloque de un clúster tiene un tamaño desconocido</translation>
    </message>
    <message>
        <source>no files to attach</source>
        <translation>no hay archivos que adjuntar</translation>
    </message>
    <message>
        <source>attach at most {limit} files at a time</source>
        <translation>adjunta como máximo {limit} archivos a la vez</translation>
    </message>
    <message>
        <source>{file} is not an image</source>
        <translation>{file} no es una imagen</translation>
    </message>
    <message>
        <source>a thumbnail is between 16 and 2048 pixels a side</source>
        <translation>una miniatura mide entre 16 y 2048 píxeles por lado</translation>
    </message>
    <message>
        <source>the stored file of {file} is missing (run &apos;dispute-desk doctor&apos;)</source>
        <translation>falta el archivo guardado de {file} (ejecuta &apos;dispute-desk doctor&apos;)</translation>
    </message>
    <message>
        <source>evidence item {name} of order {order}: {reason}</source>
        <translation>prueba {name} del pedido {order}: {reason}</translation>
    </message>
    <message>
        <source>evidence file missing: {name} of order {order} ({path})</source>
        <translation>falta el archivo de prueba: {name} del pedido {order} ({path})</translation>
    </message>
    <message>
        <source>evidence file damaged (its content changed): {name} of order {order} ({path})</source>
        <translation>archivo de prueba dañado (su contenido ha cambiado): {name} del pedido {order} ({path})</translation>
    </message>
    <message>
        <source>a caption can be at most {limit} characters</source>
        <translation>una descripción puede tener como máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>no evidence item {id}</source>
        <translation>no existe la prueba {id}</translation>
    </message>
    <message>
        <source>{path} appeared while the pack was being written; nothing was replaced</source>
        <translation>{path} apareció mientras se creaba el expediente; no se ha sustituido nada</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>{path} already exists; choose another folder (nothing is overwritten)</source>
        <translation>{path} ya existe; elige otra carpeta (no se sobrescribe nada)</translation>
    </message>
    <message>
        <source>{path} already exists and is not empty; choose another folder</source>
        <translation>{path} ya existe y no está vacía; elige otra carpeta</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} es una carpeta; indica un nombre de archivo</translation>
    </message>
    <message>
        <source>the folder {path} does not exist</source>
        <translation>la carpeta {path} no existe</translation>
    </message>
    <message>
        <source>can&apos;t write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <source>the processing time</source>
        <translation>el tiempo de procesamiento</translation>
    </message>
    <message>
        <source>the ship-by time</source>
        <translation>el plazo de envío</translation>
    </message>
    <message>
        <source>the tracking number</source>
        <translation>el número de seguimiento</translation>
    </message>
    <message>
        <source>the carrier</source>
        <translation>el transportista</translation>
    </message>
    <message>
        <source>the end of buyer protection</source>
        <translation>el fin de la protección al comprador</translation>
    </message>
    <message>
        <source>the protection countdown</source>
        <translation>la cuenta atrás de la protección</translation>
    </message>
    <message>
        <source>a reason</source>
        <translation>un motivo</translation>
    </message>
    <message>
        <source>the refund asked for</source>
        <translation>el reembolso solicitado</translation>
    </message>
    <message>
        <source>a return of the item</source>
        <translation>una devolución del artículo</translation>
    </message>
    <message>
        <source>the seller&apos;s offer</source>
        <translation>la oferta del vendedor</translation>
    </message>
    <message>
        <source>an outcome</source>
        <translation>un resultado</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>un importe</translation>
    </message>
    <message>
        <source>a number of days</source>
        <translation>un número de días</translation>
    </message>
    <message>
        <source>an item</source>
        <translation>un artículo</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>Awaiting payment</source>
        <translation>Pendiente de pago</translation>
    </message>
    <message>
        <source>Payment being checked</source>
        <translation>Pago en verificación</translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Cancellation requested</source>
        <translation>Cancelación solicitada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Dispute open</source>
        <translation>Disputa abierta</translation>
    </message>
    <message>
        <source>Dispute escalated</source>
        <translation>Disputa escalada</translation>
    </message>
    <message>
        <source>Dispute decided</source>
        <translation>Disputa resuelta</translation>
    </message>
    <message>
        <source>Refund pending</source>
        <translation>Reembolso pendiente</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Unpaid order closes</source>
        <translation>Cierre del pedido no pagado</translation>
    </message>
    <message>
        <source>Payment check ends</source>
        <translation>Fin de la verificación del pago</translation>
    </message>
    <message>
        <source>Seller must ship</source>
        <translation>Plazo de envío del vendedor</translation>
    </message>
    <message>
        <source>Cancellation auto-approved</source>
        <translation>Aprobación automática de la cancelación</translation>
    </message>
    <message>
        <source>Ask for extension</source>
        <translation>Pedir ampliación</translation>
    </message>
    <message>
        <source>Protection ends</source>
        <translation>Fin de la protección</translation>
    </message>
    <message>
        <source>&quot;Not received&quot; dispute possible</source>
        <translation>Disputa por «no recibido» posible</translation>
    </message>
    <message>
        <source>Dispute window ends</source>
        <translation>Fin del plazo para abrir disputa</translation>
    </message>
    <message>
        <source>Seller must respond</source>
        <translation>Plazo de respuesta del vendedor</translation>
    </message>
    <message>
        <source>Dispute escalates</source>
        <translation>Escalada de la disputa</translation>
    </message>
    <message>
        <source>Ship the return</source>
        <translation>Envío de la devolución</translation>
    </message>
    <message>
        <source>Refund expected</source>
        <translation>Reembolso previsto</translation>
    </message>
    <message>
        <source>PayPal dispute window ends</source>
        <translation>Fin del plazo de disputa de PayPal</translation>
    </message>
    <message>
        <source>Chargeback window ends</source>
        <translation>Fin del plazo de contracargo</translation>
    </message>
    <message>
        <source>Platform&apos;s decision expected</source>
        <translation>Resolución prevista de la plataforma</translation>
    </message>
    <message>
        <source>Appeal window ends</source>
        <translation>Fin del plazo de apelación</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1d %2h</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>vencido hace %1</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>{name} is not a readable XLSX workbook ({reason})</source>
        <translation>{name} no es un libro XLSX legible ({reason})</translation>
    </message>
    <message>
        <source>{name} holds {count} parts, more than a workbook of orders does</source>
        <translation>{name} contiene {count} partes, más de las que tiene un libro de pedidos</translation>
    </message>
    <message>
        <source>{name}: {part} would expand {ratio} times ({size} MB from a small file); that is not a spreadsheet of orders (a zip bomb?)</source>
        <translation>{name}: {part} se expandiría {ratio} veces ({size} MB a partir de un archivo pequeño); eso no es una hoja de cálculo de pedidos (¿una bomba zip?)</translation>
    </message>
    <message>
        <source>{name}: {part} is {size} MB, too large to read</source>
        <translation>{name}: {part} ocupa {size} MB, demasiado para leerlo</translation>
    </message>
    <message>
        <source>{name} would expand to {size} MB, too large to read</source>
        <translation>{name} se expandiría hasta {size} MB, demasiado para leerlo</translation>
    </message>
    <message>
        <source>{name} has no sheet &quot;{sheet}&quot;</source>
        <translation>{name} no tiene la hoja «{sheet}»</translation>
    </message>
    <message>
        <source>{name}: sheet &quot;{sheet}&quot; can&apos;t be read ({reason})</source>
        <translation>{name}: no se puede leer la hoja «{sheet}» ({reason})</translation>
    </message>
    <message>
        <source>{name}: sheet &quot;{sheet}&quot; has no column {names}</source>
        <translation>{name}: la hoja «{sheet}» no tiene la columna {names}</translation>
    </message>
    <message>
        <source>{name}: sheet &quot;{sheet}&quot; can&apos;t be read after line {line} ({reason})</source>
        <translation>{name}: no se puede leer la hoja «{sheet}» después de la línea {line} ({reason})</translation>
    </message>
    <message>
        <source>{what} is empty</source>
        <translation>la columna {what} está vacía</translation>
    </message>
    <message>
        <source>{what} {value} is not a whole number of cents</source>
        <translation>{what}: {value} no es un número entero de céntimos</translation>
    </message>
    <message>
        <source>{what} &quot;{value}&quot; is not a number of cents</source>
        <translation>{what}: «{value}» no es un número de céntimos</translation>
    </message>
    <message>
        <source>{what} &quot;{value}&quot; is not a whole number of cents</source>
        <translation>{what}: «{value}» no es un número entero de céntimos</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <source>gmt_create_order_time is empty</source>
        <translation>gmt_create_order_time está vacío</translation>
    </message>
    <message>
        <source>item_name is empty</source>
        <translation>item_name está vacío</translation>
    </message>
    <message>
        <source>order id</source>
        <translation>identificador del pedido</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>número de pedido</translation>
    </message>
    <message>
        <source>id</source>
        <translation>identificador</translation>
    </message>
    <message>
        <source>price</source>
        <translation>precio</translation>
    </message>
    <message>
        <source>order date</source>
        <translation>fecha del pedido</translation>
    </message>
    <message>
        <source>order time</source>
        <translation>hora del pedido</translation>
    </message>
    <message>
        <source>payment time</source>
        <translation>hora del pago</translation>
    </message>
    <message>
        <source>the {what} is empty</source>
        <translation>el campo «{what}» está vacío</translation>
    </message>
    <message>
        <source>the {what} {value} was stored as a number and may have lost digits; export ids as text</source>
        <translation>el campo «{what}» ({value}) se guardó como número y puede haber perdido cifras; exporta los identificadores como texto</translation>
    </message>
    <message>
        <source>the {what} &quot;{text}&quot; was rounded by a spreadsheet; export ids as text</source>
        <translation>el campo «{what}» («{text}») lo ha redondeado una hoja de cálculo; exporta los identificadores como texto</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not an {what}</source>
        <translation>«{text}» no es válido como {what}</translation>
    </message>
    <message>
        <source>&quot;{shown}&quot; is not an {what}: {message}</source>
        <translation>«{shown}» no es válido como {what}: {message}</translation>
    </message>
    <message>
        <source>the quantity &quot;{text}&quot; is not a whole number of items</source>
        <translation>la cantidad «{text}» no es un número entero de unidades</translation>
    </message>
    <message>
        <source>{column} is empty</source>
        <translation>la columna {column} está vacía</translation>
    </message>
    <message>
        <source>order {order} is in {currency} on line {line} but in {other} here</source>
        <translation>el pedido {order} está en {currency} en la línea {line}, pero aquí está en {other}</translation>
    </message>
    <message numerus="yes">
        <source>none of the first %n row(s) can be read (line {line}: {message}); it is not an order file of this kind</source>
        <translation>
            <numerusform>no se puede leer ninguna de las primeras filas (%n examinada; línea {line}: {message}); no es un archivo de pedidos de este tipo</numerusform>
            <numerusform>no se puede leer ninguna de las %n primeras filas (línea {line}: {message}); no es un archivo de pedidos de este tipo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more row(s) can&apos;t be read</source>
        <translation>
            <numerusform>…y %n fila más no se puede leer</numerusform>
            <numerusform>…y %n filas más no se pueden leer</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} está vacío</translation>
    </message>
    <message>
        <source>{name} is a workbook without the sheet &quot;{sheet}&quot; of AliExpress&apos;s data backup (it has: {sheets})</source>
        <translation>{name} es un libro sin la hoja «{sheet}» de la copia de datos de AliExpress (tiene: {sheets})</translation>
    </message>
    <message>
        <source>no sheets</source>
        <translation>ninguna hoja</translation>
    </message>
    <message>
        <source>{name} is not an order file Dispute Desk knows (its first line is &quot;{shown}&quot;)</source>
        <translation>{name} no es un archivo de pedidos que Dispute Desk conozca (su primera línea es «{shown}»)</translation>
    </message>
    <message>
        <source>no file to import</source>
        <translation>no hay ningún archivo que importar</translation>
    </message>
    <message>
        <source>these files are in different formats; import them one by one: {listed}</source>
        <translation>estos archivos tienen formatos distintos; impórtalos uno a uno: {listed}</translation>
    </message>
    <message>
        <source>import {format} files one at a time</source>
        <translation>importa los archivos {format} de uno en uno</translation>
    </message>
    <message>
        <source>can&apos;t read {names} as {format}: {reason}</source>
        <translation>no se puede leer {names} como {format}: {reason}</translation>
    </message>
    <message>
        <source>{format} is not a file format</source>
        <translation>{format} no es un formato de archivo</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>can&apos;t read {path}: {reason}</source>
        <translation>no se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>{name} is an empty list: there are no orders in it</source>
        <translation>{name} es una lista vacía: no contiene pedidos</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (or its first item is over 64 KB)</source>
        <translation>{name} no es un JSON válido (o su primer elemento ocupa más de 64 KB)</translation>
    </message>
    <message>
        <source>{name} nests lists or objects too deeply to be an order list</source>
        <translation>{name} anida listas u objetos a demasiada profundidad para ser una lista de pedidos</translation>
    </message>
    <message>
        <source>{name} is JSON, but not the Shopper Inventory order list (no orderId keys)</source>
        <translation>{name} es JSON, pero no la lista de pedidos de Shopper Inventory (no hay claves orderId)</translation>
    </message>
    <message>
        <source>message {message} is larger than {size} MB; not a notification</source>
        <translation>el mensaje {message} ocupa más de {size} MB; no es una notificación</translation>
    </message>
    <message>
        <source>message {message} has {size} KB of headers; not a notification</source>
        <translation>el mensaje {message} tiene {size} KB de encabezados; no es una notificación</translation>
    </message>
    <message>
        <source>message {message} has more encoded header words than a notification</source>
        <translation>el mensaje {message} tiene más palabras codificadas en los encabezados que una notificación</translation>
    </message>
    <message>
        <source>message {message} nests more parts than a notification</source>
        <translation>el mensaje {message} anida más partes que una notificación</translation>
    </message>
    <message>
        <source>message {message} nests its parts too deeply</source>
        <translation>el mensaje {message} anida sus partes a demasiada profundidad</translation>
    </message>
    <message>
        <source>can&apos;t read the e-mail</source>
        <translation>no se puede leer el correo electrónico</translation>
    </message>
    <message>
        <source>message {message} can&apos;t be read ({reason})</source>
        <translation>no se puede leer el mensaje {message} ({reason})</translation>
    </message>
    <message>
        <source>message {message} is not from AliExpress (from &quot;{sender}&quot;)</source>
        <translation>el mensaje {message} no es de AliExpress (remitente: «{sender}»)</translation>
    </message>
    <message>
        <source>message {message} (&quot;{subject}&quot;) has no readable Date</source>
        <translation>el mensaje {message} («{subject}») no tiene una fecha (Date) legible</translation>
    </message>
    <message>
        <source>message {message} (&quot;{subject}&quot;) is not a shipping or delivery notice</source>
        <translation>el mensaje {message} («{subject}») no es un aviso de envío ni de entrega</translation>
    </message>
    <message>
        <source>message {message} (&quot;{subject}&quot;) names no order number or tracking number</source>
        <translation>el mensaje {message} («{subject}») no indica ningún número de pedido ni de seguimiento</translation>
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
        <translation>Copia de datos de AliExpress (XLSX)</translation>
    </message>
    <message>
        <source>AliExpress-Order-Export CSV</source>
        <translation>CSV de AliExpress-Order-Export</translation>
    </message>
    <message>
        <source>aliexpress-order-exporter CSV</source>
        <translation>CSV de aliexpress-order-exporter</translation>
    </message>
    <message>
        <source>tab-separated order rows</source>
        <translation>filas de pedidos separadas por tabuladores</translation>
    </message>
    <message>
        <source>AliExpress notification e-mails</source>
        <translation>correos de notificación de AliExpress</translation>
    </message>
    <message>
        <source>order page text</source>
        <translation>texto de la página del pedido</translation>
    </message>
    <message>
        <source>{name} is neither the orders nor the order lines file of AliExpress-Order-Export</source>
        <translation>{name} no es ni el archivo de pedidos ni el de líneas de pedido de AliExpress-Order-Export</translation>
    </message>
    <message>
        <source>order_title is empty</source>
        <translation>order_title está vacío</translation>
    </message>
    <message>
        <source>no countdown in &quot;{text}&quot;</source>
        <translation>no hay ninguna cuenta atrás en «{text}»</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a countdown: minutes and seconds go up to 59</source>
        <translation>«{text}» no es una cuenta atrás: los minutos y los segundos llegan hasta 59</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a countdown: more than 3650 days</source>
        <translation>«{text}» no es una cuenta atrás: supera los 3650 días</translation>
    </message>
    <message>
        <source>total: {reason}</source>
        <translation>total: {reason}</translation>
    </message>
    <message>
        <source>item price: {reason}</source>
        <translation>precio del artículo: {reason}</translation>
    </message>
    <message>
        <source>still missing: {names}</source>
        <translation>aún falta: {names}</translation>
    </message>
    <message>
        <source>the order time is in the future</source>
        <translation>la hora del pedido está en el futuro</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a JSON order list of more than {limit} MB can&apos;t be imported (export it as CSV, or in parts)</source>
        <translation>{name} ocupa {size} MB; no se puede importar una lista de pedidos JSON de más de {limit} MB (expórtala como CSV o por partes)</translation>
    </message>
    <message>
        <source>{name} is not a JSON list of orders</source>
        <translation>{name} no es una lista de pedidos en JSON</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (line {line}: {reason})</source>
        <translation>{name} no es un JSON válido (línea {line}: {reason})</translation>
    </message>
    <message>
        <source>{name} nests lists or objects too deeply (line {line}); an order list is a few levels deep</source>
        <translation>{name} anida listas u objetos a demasiada profundidad (línea {line}); una lista de pedidos tiene pocos niveles</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (a list item is not followed by , or ])</source>
        <translation>{name} no es un JSON válido (un elemento de la lista no va seguido de , ni de ])</translation>
    </message>
    <message>
        <source>this list item is not an object</source>
        <translation>este elemento de la lista no es un objeto</translation>
    </message>
    <message>
        <source>title is empty</source>
        <translation>title está vacío</translation>
    </message>
    <message>
        <source>orderDate is empty</source>
        <translation>orderDate está vacío</translation>
    </message>
    <message>
        <source>no file {path}</source>
        <translation>no existe el archivo {path}</translation>
    </message>
    <message>
        <source>{name} is not a regular file (a named pipe or a device); only files can be imported</source>
        <translation>{name} no es un archivo normal (es una tubería con nombre o un dispositivo); solo se pueden importar archivos</translation>
    </message>
    <message>
        <source>{name} is too large to import ({size} MB; at most {limit} MB)</source>
        <translation>{name} es demasiado grande para importarlo ({size} MB; como máximo {limit} MB)</translation>
    </message>
    <message>
        <source>&quot;{encoding}&quot; is not an encoding this computer knows</source>
        <translation>«{encoding}» no es una codificación que conozca este ordenador</translation>
    </message>
    <message>
        <source>{name} has more than {limit} lines; split it into smaller files (an import is checked as a whole before anything is written)</source>
        <translation>{name} tiene más de {limit} líneas; divídelo en archivos más pequeños (una importación se comprueba entera antes de escribir nada)</translation>
    </message>
    <message>
        <source>the first line can&apos;t be read as a CSV header ({reason})</source>
        <translation>la primera línea no se puede leer como cabecera CSV ({reason})</translation>
    </message>
    <message>
        <source>line {line} can&apos;t be read ({reason})</source>
        <translation>no se puede leer la línea {line} ({reason})</translation>
    </message>
    <message>
        <source>this row can&apos;t be read ({reason})</source>
        <translation>no se puede leer esta fila ({reason})</translation>
    </message>
    <message>
        <source>line {line} is longer than {size} MB of text</source>
        <translation>la línea {line} tiene más de {size} MB de texto</translation>
    </message>
    <message>
        <source>this row can&apos;t be read (a field is longer than {size} MB of text)</source>
        <translation>no se puede leer esta fila (un campo tiene más de {size} MB de texto)</translation>
    </message>
    <message>
        <source>a field is longer than {size} MB of text</source>
        <translation>un campo supera los {size} MB de texto</translation>
    </message>
    <message>
        <source>{event} on {time}Z is in the future</source>
        <translation>el evento {event} del {time}Z está en el futuro</translation>
    </message>
    <message>
        <source>the order date {date} is in the future</source>
        <translation>la fecha del pedido {date} está en el futuro</translation>
    </message>
    <message numerus="yes">
        <source>new order, %n line(s), {event}</source>
        <translation>
            <numerusform>pedido nuevo, %n línea, {event}</numerusform>
            <numerusform>pedido nuevo, %n líneas, {event}</numerusform>
        </translation>
    </message>
    <message>
        <source>order {order} is in the trash; restore it to import it again</source>
        <translation>el pedido {order} está en la papelera; restáuralo para volver a importarlo</translation>
    </message>
    <message>
        <source>status “{status}” not recorded: {reason}</source>
        <translation>estado «{status}» no registrado: {reason}</translation>
    </message>
    <message>
        <source>already imported, nothing changed</source>
        <translation>ya importado, sin cambios</translation>
    </message>
    <message>
        <source>adds {events}</source>
        <translation>añade {events}</translation>
    </message>
    <message>
        <source>the source rows changed</source>
        <translation>las filas de origen han cambiado</translation>
    </message>
    <message>
        <source>order {order}: {reason}</source>
        <translation>pedido {order}: {reason}</translation>
    </message>
    <message>
        <source>order {order} is not in Dispute Desk</source>
        <translation>el pedido {order} no está en Dispute Desk</translation>
    </message>
    <message>
        <source>message {message}: order {order} is not in Dispute Desk; import the order first</source>
        <translation>mensaje {message}: el pedido {order} no está en Dispute Desk; importa primero el pedido</translation>
    </message>
    <message>
        <source>the parcel {tracking} is not in Dispute Desk</source>
        <translation>el paquete {tracking} no está en Dispute Desk</translation>
    </message>
    <message>
        <source>message {message}: the parcel {tracking} is not in Dispute Desk; import the order first</source>
        <translation>mensaje {message}: el paquete {tracking} no está en Dispute Desk; importa primero el pedido</translation>
    </message>
    <message>
        <source>the order is in the trash</source>
        <translation>el pedido está en la papelera</translation>
    </message>
    <message>
        <source>{event}: already known</source>
        <translation>{event}: ya registrado</translation>
    </message>
    <message>
        <source>the e-mail is dated in the future ({time})</source>
        <translation>el correo tiene una fecha futura ({time})</translation>
    </message>
    <message>
        <source>message {message} (order {order}): {reason}</source>
        <translation>mensaje {message} (pedido {order}): {reason}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>la importación se ha cancelado; no se ha importado nada</translation>
    </message>
    <message>
        <source>{files} has no orders in it</source>
        <translation>{files} no contiene pedidos</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n row(s) of {files} could be read as {format} (line {line}: {reason})</source>
        <translation>
            <numerusform>no se ha podido leer como {format} ninguna fila de {files} (%n en total; línea {line}: {reason})</numerusform>
            <numerusform>no se ha podido leer como {format} ninguna de las %n filas de {files} (línea {line}: {reason})</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown format &quot;{format}&quot; (one of: {choices})</source>
        <translation>formato desconocido «{format}» (opciones: {choices})</translation>
    </message>
    <message>
        <source>can&apos;t read {files} as {format}: {reason}</source>
        <translation>no se puede leer {files} como {format}: {reason}</translation>
    </message>
</context>
<context>
    <name>input</name>
    <message>
        <source>&quot;{text}&quot; is not a whole number</source>
        <translation>«{text}» no es un número entero</translation>
    </message>
    <message>
        <source>unknown currency &quot;{code}&quot;</source>
        <translation>moneda desconocida «{code}»</translation>
    </message>
    <message>
        <source>try &quot;2026-02-21&quot;, &quot;Feb 21, 2026&quot; or &quot;21.02.2026&quot;</source>
        <translation>prueba con «2026-02-21», «21 de febrero de 2026» o «21.02.2026»</translation>
    </message>
    <message>
        <source>can&apos;t read &quot;{text}&quot; as a date ({reason})</source>
        <translation>no se puede leer «{text}» como fecha ({reason})</translation>
    </message>
    <message>
        <source>the year must be between {first} and {last}</source>
        <translation>el año debe estar entre {first} y {last}</translation>
    </message>
    <message>
        <source>enter a date, such as &quot;2026-02-21&quot;</source>
        <translation>introduce una fecha, como «2026-02-21»</translation>
    </message>
    <message>
        <source>no such date</source>
        <translation>esa fecha no existe</translation>
    </message>
    <message>
        <source>with AM or PM the hour goes from 1 to 12</source>
        <translation>con AM o PM, la hora va de 1 a 12</translation>
    </message>
    <message>
        <source>no such time of day</source>
        <translation>esa hora no existe</translation>
    </message>
    <message>
        <source>give the year with four digits</source>
        <translation>indica el año con cuatro cifras</translation>
    </message>
    <message>
        <source>it gives the weeks twice</source>
        <translation>indica las semanas dos veces</translation>
    </message>
    <message>
        <source>it gives the days twice</source>
        <translation>indica los días dos veces</translation>
    </message>
    <message>
        <source>it gives the hours twice</source>
        <translation>indica las horas dos veces</translation>
    </message>
    <message>
        <source>it gives the minutes twice</source>
        <translation>indica los minutos dos veces</translation>
    </message>
    <message>
        <source>it gives the seconds twice</source>
        <translation>indica los segundos dos veces</translation>
    </message>
    <message>
        <source>try &quot;12d 05:33:10&quot; or &quot;5 hours&quot;</source>
        <translation>prueba con «12d 05:33:10» o «5 hours»</translation>
    </message>
    <message>
        <source>can&apos;t read {text} as a duration ({reason})</source>
        <translation>no se puede leer {text} como duración ({reason})</translation>
    </message>
    <message>
        <source>minutes and seconds go up to 59</source>
        <translation>los minutos y los segundos llegan hasta 59</translation>
    </message>
    <message>
        <source>use whole minutes and seconds</source>
        <translation>usa minutos y segundos enteros</translation>
    </message>
    <message>
        <source>enter a duration, such as &quot;12d 05:33:10&quot; or &quot;5 hours&quot;</source>
        <translation>introduce una duración, como «12d 05:33:10» o «5 hours»</translation>
    </message>
    <message>
        <source>a duration can&apos;t be negative: {text}</source>
        <translation>una duración no puede ser negativa: {text}</translation>
    </message>
    <message>
        <source>that is more than 3650 days</source>
        <translation>eso supera los 3650 días</translation>
    </message>
    <message>
        <source>it is not a whole number of seconds</source>
        <translation>no es un número entero de segundos</translation>
    </message>
    <message>
        <source>try &quot;12.34&quot; or &quot;US $12.34&quot;</source>
        <translation>prueba con «12.34» o «US $12.34»</translation>
    </message>
    <message>
        <source>can&apos;t read {text} as an amount ({reason})</source>
        <translation>no se puede leer {text} como importe ({reason})</translation>
    </message>
    <message>
        <source>&quot;{symbol}&quot; is not a currency we know</source>
        <translation>«{symbol}» no es una moneda conocida</translation>
    </message>
    <message>
        <source>it names two currencies, {first} and {second}</source>
        <translation>indica dos monedas, {first} y {second}</translation>
    </message>
    <message>
        <source>it mixes thousands separators</source>
        <translation>mezcla separadores de miles</translation>
    </message>
    <message>
        <source>thousands go in groups of three digits</source>
        <translation>los miles van en grupos de tres cifras</translation>
    </message>
    <message>
        <source>enter an amount, such as &quot;12.34&quot;</source>
        <translation>introduce un importe, como «12.34»</translation>
    </message>
    <message>
        <source>an amount can&apos;t be negative: {text}</source>
        <translation>un importe no puede ser negativo: {text}</translation>
    </message>
    <message>
        <source>{text} is in {currency}, but the amount should be in {expected}</source>
        <translation>{text} está en {currency}, pero el importe debería estar en {expected}</translation>
    </message>
    <message>
        <source>that is more than 10^12</source>
        <translation>eso supera 10^12</translation>
    </message>
    <message numerus="yes">
        <source>{currency} has %n decimal(s)</source>
        <translation>
            <numerusform>{currency} tiene %n decimal</numerusform>
            <numerusform>{currency} tiene %n decimales</numerusform>
        </translation>
    </message>
    <message>
        <source>try &quot;2026-03-01 14:30&quot; or &quot;2026-03-01T14:30+03:00&quot;</source>
        <translation>prueba con «2026-03-01 14:30» o «2026-03-01T14:30+03:00»</translation>
    </message>
    <message>
        <source>can&apos;t read {text} as a date and time ({reason})</source>
        <translation>no se puede leer {text} como fecha y hora ({reason})</translation>
    </message>
    <message>
        <source>&quot;{offset}&quot; is not a time zone offset</source>
        <translation>«{offset}» no es una diferencia horaria con UTC</translation>
    </message>
    <message>
        <source>{time} does not exist in your time zone (the clocks jump forward); add an offset such as {offset}</source>
        <translation>{time} no existe en tu zona horaria (los relojes se adelantan); añade una diferencia horaria como {offset}</translation>
    </message>
    <message>
        <source>{time} happens twice in your time zone (the clocks go back); add an offset: {first} for the first time or {second} for the second</source>
        <translation>{time} ocurre dos veces en tu zona horaria (los relojes se atrasan); añade una diferencia horaria: {first} para la primera vez o {second} para la segunda</translation>
    </message>
    <message>
        <source>no such date or time</source>
        <translation>esa fecha u hora no existe</translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Disputas</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganadas</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidas</translation>
    </message>
    <message>
        <source>Median delivery (days)</source>
        <translation>Mediana de entrega (días)</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Último pedido</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Evitar</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Tu nota</translation>
    </message>
    <message>
        <source>avoid</source>
        <translation>evitar</translation>
    </message>
    <message>
        <source>not flagged</source>
        <translation>no marcada</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el historial</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>Tracking stalled</source>
        <translation>Seguimiento detenido</translation>
    </message>
    <message>
        <source>Wrong destination</source>
        <translation>Destino incorrecto</translation>
    </message>
    <message>
        <source>Delivery period ending</source>
        <translation>Plazo de entrega a punto de vencer</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>Devuelto al remitente</translation>
    </message>
    <message>
        <source>Held at customs</source>
        <translation>Retenido en aduanas</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>No es como se describe</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Defectuoso</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Artículo equivocado</translation>
    </message>
    <message>
        <source>Quantity short</source>
        <translation>Faltan unidades</translation>
    </message>
    <message>
        <source>Counterfeit</source>
        <translation>Falsificación</translation>
    </message>
    <message>
        <source>Empty parcel</source>
        <translation>Paquete vacío</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>a store needs a name</source>
        <translation>una tienda necesita un nombre</translation>
    </message>
    <message>
        <source>the note is too long ({count} characters; at most {limit})</source>
        <translation>la nota es demasiado larga ({count} caracteres; como máximo {limit})</translation>
    </message>
    <message>
        <source>a rate converts another currency into the home currency, not the home currency itself</source>
        <translation>un tipo de cambio convierte otra moneda a la moneda principal, no la propia moneda principal</translation>
    </message>
    <message>
        <source>a rate must be a positive number</source>
        <translation>un tipo de cambio debe ser un número positivo</translation>
    </message>
    <message>
        <source>You marked “%1” as a store to avoid: %2</source>
        <translation>Has marcado «%1» como tienda que evitar: %2</translation>
    </message>
    <message>
        <source>You marked “%1” as a store to avoid.</source>
        <translation>Has marcado «%1» como tienda que evitar.</translation>
    </message>
    <message>
        <source>%1, store marked avoid</source>
        <translation>%1, tienda marcada para evitar</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>≈ %1 in all, converted at your rates (an estimate, not what was paid)</source>
        <translation>≈ %1 en total, convertido con tus tipos de cambio (una estimación, no lo que se pagó)</translation>
    </message>
    <message>
        <source>without %1: no rate for the time of payment</source>
        <translation>sin %1: no hay tipo de cambio para la fecha del pago</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <source>Refunds received</source>
        <translation>Reembolsos recibidos</translation>
    </message>
    <message>
        <source>Still pending</source>
        <translation>Aún pendiente</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Disputed: what the disputes opened in the period asked for. Refunds received: every refund in the period. Still pending: what open and won disputes have yet to pay.</source>
        <translation>En disputa: lo que pedían las disputas abiertas en el periodo. Reembolsos recibidos: todos los reembolsos del periodo. Aún pendiente: lo que las disputas abiertas y ganadas aún tienen que pagar.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>%1: %2 days (median of %3)</source>
        <translation>%1: %2 días (mediana de %3)</translation>
    </message>
    <message>
        <source>How long they took: %1</source>
        <translation>Cuánto tardaron: %1</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Days from shipped to delivered</source>
        <translation>Días desde el envío hasta la entrega</translation>
    </message>
    <message>
        <source>any carrier</source>
        <translation>cualquier transportista</translation>
    </message>
    <message>
        <source>Tracking: %1</source>
        <translation>Seguimiento: %1</translation>
    </message>
    <message>
        <source>Opens the carrier&apos;s tracking page in your browser</source>
        <translation>Abre la página de seguimiento del transportista en tu navegador</translation>
    </message>
</context>
<context>
    <name>refusal</name>
    <message>
        <source>unknown reason &quot;{reason}&quot; (one of: {choices})</source>
        <translation>motivo desconocido «{reason}» (opciones: {choices})</translation>
    </message>
    <message>
        <source>the ship-by time needs a date, a time and a time zone</source>
        <translation>el plazo de envío necesita una fecha, una hora y una zona horaria</translation>
    </message>
    <message>
        <source>the ship-by time must be after the payment</source>
        <translation>el plazo de envío debe ser posterior al pago</translation>
    </message>
    <message>
        <source>the order was never paid and has closed by itself, so there is nothing to dispute.</source>
        <translation>el pedido no se ha pagado nunca y se ha cerrado solo, así que no hay nada por lo que abrir una disputa.</translation>
    </message>
    <message>
        <source>the seller didn&apos;t ship in time: the order closes by itself and the money comes back.</source>
        <translation>el vendedor no lo ha enviado a tiempo: el pedido se cierra solo y el dinero vuelve.</translation>
    </message>
    <message>
        <source>a dispute is already open.</source>
        <translation>ya hay una disputa abierta.</translation>
    </message>
    <message>
        <source>the parcel hasn&apos;t arrived yet: a dispute about what arrived needs the goods in your hands. If it doesn&apos;t come, choose a &quot;not received&quot; reason.</source>
        <translation>el paquete aún no ha llegado: una disputa sobre lo recibido requiere tener la mercancía en tus manos. Si no llega, elige un motivo de «no recibido».</translation>
    </message>
    <message>
        <source>too early: this dispute can be opened from {time}.</source>
        <translation>demasiado pronto: esta disputa se puede abrir a partir del {time}.</translation>
    </message>
    <message>
        <source>this item already had a dispute; after a cancelled one, a new dispute can be opened only while buyer protection runs, and it ended at {time}.</source>
        <translation>este artículo ya ha tenido una disputa; tras cancelar una, solo se puede abrir otra mientras dure la protección al comprador, y esta terminó el {time}.</translation>
    </message>
    <message>
        <source>this order already had a dispute; after a cancelled one, a new dispute can be opened only while buyer protection runs, and it ended at {time}.</source>
        <translation>este pedido ya ha tenido una disputa; tras cancelar una, solo se puede abrir otra mientras dure la protección al comprador, y esta terminó el {time}.</translation>
    </message>
    <message>
        <source>the dispute window closed at {time}, so the dispute can&apos;t be opened any more.</source>
        <translation>el plazo para abrir disputa se cerró el {time}, así que ya no se puede abrir.</translation>
    </message>
    <message>
        <source>a dispute about this item is already open.</source>
        <translation>ya hay una disputa abierta por este artículo.</translation>
    </message>
    <message>
        <source>a dispute about this order is already open.</source>
        <translation>ya hay una disputa abierta por este pedido.</translation>
    </message>
    <message>
        <source>this item already had a dispute, and the dispute has been decided or refunded.</source>
        <translation>este artículo ya ha tenido una disputa, y esa disputa se ha resuelto o reembolsado.</translation>
    </message>
    <message>
        <source>this order already had a dispute, and the dispute has been decided or refunded.</source>
        <translation>este pedido ya ha tenido una disputa, y esa disputa se ha resuelto o reembolsado.</translation>
    </message>
    <message>
        <source>you confirmed receipt, so a &quot;not received&quot; dispute can&apos;t be opened any more; if something is wrong with what arrived, choose a reason for that instead.</source>
        <translation>has confirmado la recepción, así que ya no se puede abrir una disputa por «no recibido»; si algo está mal en lo que llegó, elige un motivo para eso.</translation>
    </message>
    <message>
        <source>this item already had a dispute; after a cancelled one, a new dispute can be opened only while buyer protection runs, and confirming receipt ended it.</source>
        <translation>este artículo ya ha tenido una disputa; tras cancelar una, solo se puede abrir otra mientras dure la protección al comprador, y la confirmación de recepción le puso fin.</translation>
    </message>
    <message>
        <source>this order already had a dispute; after a cancelled one, a new dispute can be opened only while buyer protection runs, and confirming receipt ended it.</source>
        <translation>este pedido ya ha tenido una disputa; tras cancelar una, solo se puede abrir otra mientras dure la protección al comprador, y la confirmación de recepción le puso fin.</translation>
    </message>
    <message>
        <source>buyer protection ends before this dispute could be opened.</source>
        <translation>la protección al comprador termina antes de que se pueda abrir esta disputa.</translation>
    </message>
    <message>
        <source>the order isn&apos;t paid, so there is nothing to dispute.</source>
        <translation>el pedido no está pagado, así que no hay nada por lo que abrir una disputa.</translation>
    </message>
    <message>
        <source>the order is cancelled, so there is nothing to dispute.</source>
        <translation>el pedido está cancelado, así que no hay nada por lo que abrir una disputa.</translation>
    </message>
    <message>
        <source>the order hasn&apos;t shipped yet, so a dispute can&apos;t be opened: ask to cancel instead.</source>
        <translation>el pedido aún no se ha enviado, así que no se puede abrir una disputa: solicita la cancelación en su lugar.</translation>
    </message>
    <message>
        <source>a refund for this order is already on its way, so there is nothing to dispute.</source>
        <translation>ya hay un reembolso de este pedido en camino, así que no hay nada por lo que abrir una disputa.</translation>
    </message>
    <message>
        <source>the order is refunded, so there is nothing to dispute.</source>
        <translation>el pedido está reembolsado, así que no hay nada por lo que abrir una disputa.</translation>
    </message>
    <message>
        <source>the order has no item {line} (its items: none).</source>
        <translation>el pedido no tiene el artículo {line} (sus artículos: ninguno).</translation>
    </message>
    <message>
        <source>the order has no item {line} (its items: {items}).</source>
        <translation>el pedido no tiene el artículo {line} (sus artículos: {items}).</translation>
    </message>
    <message>
        <source>the platform already decided a dispute about the whole order.</source>
        <translation>la plataforma ya ha resuelto una disputa por todo el pedido.</translation>
    </message>
    <message>
        <source>item {line} is refunded in full, so there is nothing to dispute.</source>
        <translation>el artículo {line} está reembolsado por completo, así que no hay nada por lo que abrir una disputa.</translation>
    </message>
    <message>
        <source>the order number is empty</source>
        <translation>el número de pedido está vacío</translation>
    </message>
    <message>
        <source>the order number contains a line break, a tab or another invisible character</source>
        <translation>el número de pedido contiene un salto de línea, un tabulador u otro carácter invisible</translation>
    </message>
    <message>
        <source>the order number contains a space: copy the number alone</source>
        <translation>el número de pedido contiene un espacio: copia solo el número</translation>
    </message>
    <message>
        <source>an order number can&apos;t contain / or \ or ..</source>
        <translation>un número de pedido no puede contener / ni \ ni ..</translation>
    </message>
    <message>
        <source>an order number has only letters, digits, - and _ (and starts with a letter or a digit); this one has &quot;{bad}&quot;</source>
        <translation>un número de pedido solo tiene letras, cifras, - y _ (y empieza por una letra o una cifra); este tiene «{bad}»</translation>
    </message>
    <message>
        <source>the order number has {length} characters; no shop&apos;s numbers are longer than {limit}</source>
        <translation>el número de pedido tiene {length} caracteres; ninguna tienda usa números de más de {limit}</translation>
    </message>
    <message>
        <source>the order number has {length} digits; AliExpress order numbers have at most {most}</source>
        <translation>el número de pedido tiene {length} cifras; los números de pedido de AliExpress tienen como máximo {most}</translation>
    </message>
    <message>
        <source>not an AliExpress order number (those are 15 to 20 digits); fine if the order is from another shop</source>
        <translation>no es un número de pedido de AliExpress (estos tienen de 15 a 20 cifras); no pasa nada si el pedido es de otra tienda</translation>
    </message>
    <message>
        <source>unknown time zone &quot;{zone}&quot; (use &quot;local&quot; or a name such as America/Los_Angeles)</source>
        <translation>zona horaria desconocida «{zone}» (usa «local» o un nombre como America/Los_Angeles)</translation>
    </message>
    <message>
        <source>{rule}: expected yes or no</source>
        <translation>{rule}: se esperaba sí o no</translation>
    </message>
    <message>
        <source>{rule}: expected &quot;local&quot; or a time zone name such as America/Los_Angeles</source>
        <translation>{rule}: se esperaba «local» o un nombre de zona horaria como America/Los_Angeles</translation>
    </message>
    <message>
        <source>{rule}: expected a range for each of {names}</source>
        <translation>{rule}: se esperaba un intervalo para cada uno de estos: {names}</translation>
    </message>
    <message>
        <source>{rule}: this value can&apos;t be changed</source>
        <translation>{rule}: este valor no se puede cambiar</translation>
    </message>
    <message>
        <source>{rule}: expected a whole number of days from 0 to 3650</source>
        <translation>{rule}: se esperaba un número entero de días de 0 a 3650</translation>
    </message>
    <message>
        <source>{rule}: expected a whole number of hours from 0 to 3650</source>
        <translation>{rule}: se esperaba un número entero de horas de 0 a 3650</translation>
    </message>
    <message>
        <source>{rule}: expected a whole number of {unit} from 0 to 3650</source>
        <translation>{rule}: se esperaba un número entero de {unit} de 0 a 3650</translation>
    </message>
    <message>
        <source>{rule}: expected a range with min and max</source>
        <translation>{rule}: se esperaba un intervalo con min y max</translation>
    </message>
    <message>
        <source>{rule}: min and max must be whole numbers</source>
        <translation>{rule}: min y max deben ser números enteros</translation>
    </message>
    <message>
        <source>{rule}: min must not exceed max (0 to 3650)</source>
        <translation>{rule}: min no debe superar a max (de 0 a 3650)</translation>
    </message>
    <message>
        <source>no rule profile named &quot;{profile}&quot;</source>
        <translation>no hay ningún perfil de reglas llamado «{profile}»</translation>
    </message>
    <message>
        <source>reminder lead times: expected a list of durations such as [&quot;7d&quot;, &quot;48h&quot;, &quot;2h&quot;]</source>
        <translation>antelaciones de los recordatorios: se esperaba una lista de duraciones como [&quot;7d&quot;, &quot;48h&quot;, &quot;2h&quot;]</translation>
    </message>
    <message>
        <source>reminder lead times: at most {count}</source>
        <translation>antelaciones de los recordatorios: como máximo {count}</translation>
    </message>
    <message>
        <source>reminder lead times: &quot;{lead}&quot; is no time before a deadline</source>
        <translation>antelaciones de los recordatorios: «{lead}» no es un tiempo antes de un plazo</translation>
    </message>
    <message>
        <source>reminder lead times: &quot;{lead}&quot; is more than a year</source>
        <translation>antelaciones de los recordatorios: «{lead}» supera un año</translation>
    </message>
    <message>
        <source>reminder lead times: &quot;{first}&quot; and &quot;{second}&quot; are the same</source>
        <translation>antelaciones de los recordatorios: «{first}» y «{second}» son iguales</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a time of day such as 22:00</source>
        <translation>«{text}» no es una hora del día como 22:00</translation>
    </message>
    <message>
        <source>the order is not paid yet</source>
        <translation>el pedido aún no está pagado</translation>
    </message>
    <message>
        <source>the order is paid and waiting to be shipped</source>
        <translation>el pedido está pagado y pendiente de envío</translation>
    </message>
    <message>
        <source>a cancellation request is pending</source>
        <translation>hay una solicitud de cancelación pendiente</translation>
    </message>
    <message>
        <source>the order is cancelled</source>
        <translation>el pedido está cancelado</translation>
    </message>
    <message>
        <source>the order has shipped</source>
        <translation>el pedido se ha enviado</translation>
    </message>
    <message>
        <source>receipt is already confirmed</source>
        <translation>la recepción ya está confirmada</translation>
    </message>
    <message>
        <source>a dispute is open</source>
        <translation>hay una disputa abierta</translation>
    </message>
    <message>
        <source>the dispute is escalated and waits for the platform&apos;s decision</source>
        <translation>la disputa está escalada y espera la resolución de la plataforma</translation>
    </message>
    <message>
        <source>the dispute has been decided</source>
        <translation>la disputa se ha resuelto</translation>
    </message>
    <message>
        <source>a refund is on its way</source>
        <translation>hay un reembolso en camino</translation>
    </message>
    <message>
        <source>the order is refunded</source>
        <translation>el pedido está reembolsado</translation>
    </message>
    <message>
        <source>the platform decided the dispute about the order</source>
        <translation>la plataforma ha resuelto la disputa por el pedido</translation>
    </message>
    <message>
        <source>it hasn&apos;t shipped yet</source>
        <translation>aún no se ha enviado</translation>
    </message>
    <message>
        <source>it isn&apos;t paid yet</source>
        <translation>aún no está pagado</translation>
    </message>
    <message>
        <source>a dispute is open: confirming receipt would end it in the seller&apos;s favour</source>
        <translation>hay una disputa abierta: confirmar la recepción la cerraría a favor del vendedor</translation>
    </message>
    <message>
        <source>there is no open dispute to escalate</source>
        <translation>no hay ninguna disputa abierta que escalar</translation>
    </message>
    <message>
        <source>an unpaid order needs no request: it closes by itself, or record it as cancelled</source>
        <translation>un pedido no pagado no necesita solicitud: se cierra solo, o regístralo como cancelado</translation>
    </message>
    <message>
        <source>it has shipped, so it can&apos;t be cancelled any more: wait for the parcel or open a dispute</source>
        <translation>se ha enviado, así que ya no se puede cancelar: espera el paquete o abre una disputa</translation>
    </message>
    <message>
        <source>it hasn&apos;t shipped yet: ask to cancel instead</source>
        <translation>aún no se ha enviado: solicita la cancelación en su lugar</translation>
    </message>
    <message>
        <source>there is no open dispute to cancel</source>
        <translation>no hay ninguna disputa abierta que cancelar</translation>
    </message>
    <message>
        <source>can&apos;t record {event}: {reason}</source>
        <translation>no se puede registrar {event}: {reason}</translation>
    </message>
    <message>
        <source>{event} can&apos;t happen before the order was placed</source>
        <translation>{event} no puede ser anterior a la realización del pedido</translation>
    </message>
    <message>
        <source>an item can&apos;t be named for {event}: it is about the whole order</source>
        <translation>no se puede indicar un artículo para {event}: afecta a todo el pedido</translation>
    </message>
    <message>
        <source>a &quot;not received&quot; dispute can&apos;t ask for a return, since there is nothing to send back</source>
        <translation>una disputa por «no recibido» no puede pedir una devolución, ya que no hay nada que devolver</translation>
    </message>
    <message>
        <source>the dispute is open and waits for the seller or the platform</source>
        <translation>la disputa está abierta y espera al vendedor o a la plataforma</translation>
    </message>
    <message>
        <source>the dispute has been decided with a return of the item</source>
        <translation>la disputa se ha resuelto con devolución del artículo</translation>
    </message>
    <message>
        <source>the dispute&apos;s refund is on its way</source>
        <translation>el reembolso de la disputa está en camino</translation>
    </message>
    <message>
        <source>the dispute&apos;s refund arrived</source>
        <translation>el reembolso de la disputa ha llegado</translation>
    </message>
    <message>
        <source>the dispute was cancelled</source>
        <translation>la disputa se ha cancelado</translation>
    </message>
    <message>
        <source>can&apos;t record {event}: several items have a dispute (items {items}); say which item</source>
        <translation>no se puede registrar {event}: varios artículos tienen una disputa (artículos {items}); indica cuál</translation>
    </message>
    <message>
        <source>a dispute can be appealed only once, and this one was</source>
        <translation>una disputa solo se puede apelar una vez, y esta ya se ha apelado</translation>
    </message>
    <message>
        <source>there is no decision against you to appeal</source>
        <translation>no hay ninguna resolución en tu contra que apelar</translation>
    </message>
    <message>
        <source>the appeal window closed at {time}</source>
        <translation>el plazo de apelación se cerró el {time}</translation>
    </message>
    <message>
        <source>{event}: {amount} is more than the dispute is about ({scope})</source>
        <translation>{event}: {amount} supera el importe de la disputa ({scope})</translation>
    </message>
    <message>
        <source>there is no open dispute to answer</source>
        <translation>no hay ninguna disputa abierta que responder</translation>
    </message>
    <message>
        <source>there is no open dispute to decide</source>
        <translation>no hay ninguna disputa abierta que resolver</translation>
    </message>
    <message>
        <source>there is no decided dispute to appeal</source>
        <translation>no hay ninguna disputa resuelta que apelar</translation>
    </message>
    <message>
        <source>can&apos;t record {event} at {time}: the ship-by time had run out ({ship_by}), so the order closes by itself and the money comes back</source>
        <translation>no se puede registrar {event} con fecha {time}: el plazo de envío ya había vencido ({ship_by}), así que el pedido se cierra solo y el dinero vuelve</translation>
    </message>
    <message>
        <source>protection already ended at {time}</source>
        <translation>la protección ya terminó el {time}</translation>
    </message>
    <message>
        <source>tracking already shows the parcel delivered</source>
        <translation>el seguimiento ya muestra el paquete como entregado</translation>
    </message>
    <message>
        <source>can&apos;t record {event}: the new end is not later than the old one</source>
        <translation>no se puede registrar {event}: el nuevo fin no es posterior al anterior</translation>
    </message>
    <message>
        <source>{event}: the amount must be more than zero</source>
        <translation>{event}: el importe debe ser mayor que cero</translation>
    </message>
    <message>
        <source>{event}: {amount} is more than the order total {total}</source>
        <translation>{event}: {amount} supera el total del pedido, {total}</translation>
    </message>
    <message>
        <source>{event}: {amount} is more than item {line} cost ({cost})</source>
        <translation>{event}: {amount} supera lo que costó el artículo {line} ({cost})</translation>
    </message>
    <message>
        <source>{event}: the outcome must be full, partial or rejected</source>
        <translation>{event}: el resultado debe ser full (reembolso total), partial (parcial) o rejected (rechazado)</translation>
    </message>
    <message>
        <source>{event}: a partial refund needs its amount</source>
        <translation>{event}: un reembolso parcial necesita su importe</translation>
    </message>
    <message>
        <source>{event}: only a full refund comes with a return; with a partial one you keep the item</source>
        <translation>{event}: solo un reembolso total implica una devolución; con uno parcial te quedas el artículo</translation>
    </message>
    <message>
        <source>{event}: {amount} is more than is left to refund of the order ({left} of {total})</source>
        <translation>{event}: {amount} supera lo que queda por reembolsar del pedido ({left} de {total})</translation>
    </message>
    <message>
        <source>{event}: {amount} is more than is left to refund of item {line} ({left} of {cost})</source>
        <translation>{event}: {amount} supera lo que queda por reembolsar del artículo {line} ({left} de {cost})</translation>
    </message>
    <message>
        <source>can&apos;t record {event} at {time}: the later {later} of {later_time} would no longer fit ({reason})</source>
        <translation>no se puede registrar {event} con fecha {time}: {later} posterior, del {later_time}, ya no encajaría ({reason})</translation>
    </message>
    <message>
        <source>the store is empty</source>
        <translation>el nombre de la tienda está vacío</translation>
    </message>
    <message>
        <source>the tracking number is empty</source>
        <translation>el número de seguimiento está vacío</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>el título está vacío</translation>
    </message>
    <message>
        <source>the tracking number is too long (at most {limit} characters)</source>
        <translation>el número de seguimiento es demasiado largo (como máximo {limit} caracteres)</translation>
    </message>
    <message>
        <source>the store is too long (at most {limit} characters)</source>
        <translation>el nombre de la tienda es demasiado largo (como máximo {limit} caracteres)</translation>
    </message>
    <message>
        <source>the title is too long (at most {limit} characters)</source>
        <translation>el título es demasiado largo (como máximo {limit} caracteres)</translation>
    </message>
    <message>
        <source>unknown event &quot;{event}&quot; (one of: {choices})</source>
        <translation>evento desconocido «{event}» (opciones: {choices})</translation>
    </message>
    <message>
        <source>{event} doesn&apos;t take {fields}</source>
        <translation>{event} no admite {fields}</translation>
    </message>
    <message>
        <source>give the end of buyer protection or its countdown, not both</source>
        <translation>indica el fin de la protección al comprador o su cuenta atrás, no ambos</translation>
    </message>
    <message>
        <source>give the processing time or the ship-by time, not both</source>
        <translation>indica el tiempo de procesamiento o el plazo de envío, no ambos</translation>
    </message>
    <message>
        <source>a note needs its text</source>
        <translation>una nota necesita texto</translation>
    </message>
    <message>
        <source>processing days must be between 1 and 365</source>
        <translation>los días de procesamiento deben estar entre 1 y 365</translation>
    </message>
    <message>
        <source>the protection countdown must be more than zero</source>
        <translation>la cuenta atrás de la protección debe ser mayor que cero</translation>
    </message>
    <message>
        <source>buyer protection must end after the event</source>
        <translation>la protección al comprador debe terminar después del evento</translation>
    </message>
    <message>
        <source>{event} needs the new end of buyer protection, its countdown or the days it was extended by</source>
        <translation>{event} necesita el nuevo fin de la protección al comprador, su cuenta atrás o los días que se amplió</translation>
    </message>
    <message>
        <source>the number of days must be between 1 and 365</source>
        <translation>el número de días debe estar entre 1 y 365</translation>
    </message>
    <message>
        <source>{event} needs a reason (one of: {choices})</source>
        <translation>{event} necesita un motivo (opciones: {choices})</translation>
    </message>
    <message>
        <source>a &quot;not received&quot; dispute can&apos;t ask for a return: there is nothing to send back</source>
        <translation>una disputa por «no recibido» no puede pedir una devolución: no hay nada que devolver</translation>
    </message>
    <message>
        <source>an item is named by its number: 1, 2, …</source>
        <translation>un artículo se indica por su número: 1, 2, …</translation>
    </message>
    <message>
        <source>the outcome must be one of {choices}</source>
        <translation>el resultado debe ser uno de estos: {choices}</translation>
    </message>
    <message>
        <source>{event} needs an outcome: full, partial or rejected</source>
        <translation>{event} necesita un resultado: full (reembolso total), partial (parcial) o rejected (rechazado)</translation>
    </message>
    <message>
        <source>payment method must be one of {choices}</source>
        <translation>el método de pago debe ser uno de estos: {choices}</translation>
    </message>
    <message>
        <source>the total must be an amount of zero or more</source>
        <translation>el total debe ser un importe de cero o más</translation>
    </message>
    <message>
        <source>can&apos;t edit {field}</source>
        <translation>no se puede editar {field}</translation>
    </message>
    <message>
        <source>the order isn&apos;t paid yet: the seller&apos;s time to ship starts with the payment</source>
        <translation>el pedido aún no está pagado: el plazo de envío del vendedor empieza con el pago</translation>
    </message>
    <message>
        <source>the ship-by time can&apos;t be changed any more: {reason}</source>
        <translation>el plazo de envío ya no se puede cambiar: {reason}</translation>
    </message>
    <message>
        <source>unknown status &quot;{status}&quot;</source>
        <translation>estado desconocido «{status}»</translation>
    </message>
    <message>
        <source>no order {order}</source>
        <translation>no existe el pedido {order}</translation>
    </message>
    <message>
        <source>order {order} is in the trash; restore it first</source>
        <translation>el pedido {order} está en la papelera; restáuralo primero</translation>
    </message>
    <message>
        <source>the total can&apos;t be negative</source>
        <translation>el total no puede ser negativo</translation>
    </message>
    <message>
        <source>unknown currency &quot;{code}&quot; (use an ISO code such as USD or EUR)</source>
        <translation>moneda desconocida «{code}» (usa un código ISO como USD o EUR)</translation>
    </message>
    <message>
        <source>the order date is in the future</source>
        <translation>la fecha del pedido está en el futuro</translation>
    </message>
    <message>
        <source>the payment time is before the order time</source>
        <translation>la hora del pago es anterior a la del pedido</translation>
    </message>
    <message>
        <source>the payment time is in the future</source>
        <translation>la hora del pago está en el futuro</translation>
    </message>
    <message>
        <source>give the processing days or the ship-by time, not both</source>
        <translation>indica los días de procesamiento o el plazo de envío, no ambos</translation>
    </message>
    <message>
        <source>the ship-by time must be after the order time</source>
        <translation>el plazo de envío debe ser posterior a la hora del pedido</translation>
    </message>
    <message>
        <source>order {order} already exists</source>
        <translation>el pedido {order} ya existe</translation>
    </message>
    <message>
        <source>that time is in the future; record what has happened</source>
        <translation>esa hora está en el futuro; registra lo que ya ha ocurrido</translation>
    </message>
    <message>
        <source>order {order} is already in the trash</source>
        <translation>el pedido {order} ya está en la papelera</translation>
    </message>
    <message>
        <source>order {order} is not in the trash</source>
        <translation>el pedido {order} no está en la papelera</translation>
    </message>
    <message>
        <source>no rule named &quot;{key}&quot;</source>
        <translation>no hay ninguna regla llamada «{key}»</translation>
    </message>
</context>
<context>
    <name>reminder</name>
    <message numerus="yes">
        <source>{deadline} in %n day(s)</source>
        <translation>
            <numerusform>{deadline} dentro de %n día</numerusform>
            <numerusform>{deadline} dentro de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{deadline} in %n hour(s)</source>
        <translation>
            <numerusform>{deadline} dentro de %n hora</numerusform>
            <numerusform>{deadline} dentro de %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>{deadline} in 1 hour</source>
        <translation>{deadline} dentro de 1 hora</translation>
    </message>
    <message>
        <source>{deadline} in 1 minute</source>
        <translation>{deadline} dentro de 1 minuto</translation>
    </message>
    <message numerus="yes">
        <source>{deadline} in %n minute(s)</source>
        <translation>
            <numerusform>{deadline} dentro de %n minuto</numerusform>
            <numerusform>{deadline} dentro de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Order {order} ({store}): {title}</source>
        <translation>Pedido {order} ({store}): {title}</translation>
    </message>
    <message>
        <source>Order {order} ({store})</source>
        <translation>Pedido {order} ({store})</translation>
    </message>
    <message>
        <source>Order {order}: {title}</source>
        <translation>Pedido {order}: {title}</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Pedido {order}</translation>
    </message>
    <message>
        <source>Due {time}. {action}</source>
        <translation>Vence el {time}. {action}</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Buyer rules of AliExpress as published by the platform, its help centre and buyers&apos; guides. Every value can be changed in Settings.</source>
        <translation>Reglas para compradores de AliExpress tal como las publican la plataforma, su centro de ayuda y las guías para compradores. Todos los valores se pueden cambiar en Ajustes.</translation>
    </message>
    <message>
        <source>published by the platform in its rules</source>
        <translation>publicado por la plataforma en sus reglas</translation>
    </message>
    <message>
        <source>copied from the platform&apos;s help centre or its support answers</source>
        <translation>copiado del centro de ayuda de la plataforma o de las respuestas de su servicio de atención al cliente</translation>
    </message>
    <message>
        <source>from a buyer&apos;s guide or forum; not confirmed by the platform</source>
        <translation>de una guía para compradores o un foro; no confirmado por la plataforma</translation>
    </message>
    <message>
        <source>Dispute Desk&apos;s own choice, not a platform rule</source>
        <translation>elección propia de Dispute Desk, no una regla de la plataforma</translation>
    </message>
    <message>
        <source>Unpaid order closes after</source>
        <translation>El pedido no pagado se cierra tras</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: an unpaid order expires by itself, with no penalty</source>
        <translation>Guía para compradores: un pedido no pagado caduca solo, sin penalización</translation>
    </message>
    <message>
        <source>Payment check lasts</source>
        <translation>La verificación del pago dura</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: &quot;payment being verified&quot;; Cancel becomes available a day after paying</source>
        <translation>Guía para compradores: «pago en verificación»; Cancelar está disponible un día después de pagar</translation>
    </message>
    <message>
        <source>Seller&apos;s processing time when none is entered</source>
        <translation>Tiempo de procesamiento del vendedor si no se introduce ninguno</translation>
    </message>
    <message>
        <source>Typical processing time on listings: 3 to 7 days, some sellers up to 15; the order page shows the real one</source>
        <translation>Tiempo de procesamiento habitual en los anuncios: de 3 a 7 días, algunos vendedores hasta 15; la página del pedido muestra el real</translation>
    </message>
    <message>
        <source>Typical processing time shown on listings: 3 to 7 days (some sellers up to 15)</source>
        <translation>Tiempo de procesamiento habitual indicado en los anuncios: de 3 a 7 días (algunos vendedores hasta 15)</translation>
    </message>
    <message>
        <source>Cancelling is possible during the payment check</source>
        <translation>Se puede cancelar durante la verificación del pago</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide says no; some help-centre answers say yes</source>
        <translation>La guía para compradores dice que no; algunas respuestas del centro de ayuda dicen que sí</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: Cancel is not offered while the payment is verified</source>
        <translation>Guía para compradores: Cancelar no está disponible mientras se verifica el pago</translation>
    </message>
    <message>
        <source>Some help-centre answers: an order can be cancelled during verification</source>
        <translation>Algunas respuestas del centro de ayuda: un pedido se puede cancelar durante la verificación</translation>
    </message>
    <message>
        <source>Silent seller: cancel request approved after</source>
        <translation>Vendedor sin responder: solicitud de cancelación aprobada tras</translation>
    </message>
    <message>
        <source>AliExpress rule change of March 2020 (some sources say 72 hours)</source>
        <translation>Cambio de reglas de AliExpress de marzo de 2020 (algunas fuentes dicen 72 horas)</translation>
    </message>
    <message>
        <source>AliExpress rule change: a silent seller&apos;s cancellation is approved automatically after 48 hours</source>
        <translation>Cambio de reglas de AliExpress: si el vendedor no responde, la cancelación se aprueba automáticamente a las 48 horas</translation>
    </message>
    <message>
        <source>Some buyers&apos; forums: 72 hours</source>
        <translation>Algunos foros de compradores: 72 horas</translation>
    </message>
    <message>
        <source>Buyer protection when none is entered</source>
        <translation>Protección al comprador si no se introduce ninguna</translation>
    </message>
    <message>
        <source>Order page countdown from shipment, typically 60 days (90 for Russia, 120 for Brazil); an entered countdown always wins</source>
        <translation>Cuenta atrás de la página del pedido desde el envío, normalmente 60 días (90 para Rusia, 120 para Brasil); una cuenta atrás introducida siempre prevalece</translation>
    </message>
    <message>
        <source>Ask for a protection extension this early</source>
        <translation>Pedir una ampliación de la protección con esta antelación</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: sellers answer slowly, ask a week before protection ends</source>
        <translation>Guía para compradores: los vendedores tardan en responder; pídela una semana antes de que termine la protección</translation>
    </message>
    <message>
        <source>Protection left once tracking says delivered</source>
        <translation>Protección restante cuando el seguimiento indica entregado</translation>
    </message>
    <message>
        <source>Older official rule: remaining protection is cut when tracking shows delivered</source>
        <translation>Regla oficial anterior: la protección restante se recorta cuando el seguimiento muestra entregado</translation>
    </message>
    <message>
        <source>Older official rule: remaining protection is cut to 5 days when tracking shows delivered</source>
        <translation>Regla oficial anterior: la protección restante se reduce a 5 días cuando el seguimiento muestra entregado</translation>
    </message>
    <message>
        <source>Dispute window after confirming receipt</source>
        <translation>Plazo para abrir disputa tras confirmar la recepción</translation>
    </message>
    <message>
        <source>AliExpress buyer protection: 15 days after Confirm receipt or completion</source>
        <translation>Protección al comprador de AliExpress: 15 días después de Confirmar recepción o de completarse el pedido</translation>
    </message>
    <message>
        <source>AliExpress buyer protection: a dispute can be opened until 15 days after Confirm receipt or after the order completed</source>
        <translation>Protección al comprador de AliExpress: se puede abrir una disputa hasta 15 días después de Confirmar recepción o de completarse el pedido</translation>
    </message>
    <message>
        <source>Earliest &quot;not received&quot; dispute after shipment</source>
        <translation>Primera disputa por «no recibido» posible tras el envío</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: while tracking moves normally</source>
        <translation>Guía para compradores: mientras el seguimiento avanza con normalidad</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide and help-centre copies: from the 11th day after shipment while tracking moves normally</source>
        <translation>Guía para compradores y copias del centro de ayuda: desde el 11.º día tras el envío mientras el seguimiento avanza con normalidad</translation>
    </message>
    <message>
        <source>Seller-side rule summary: a refund can be requested 10 days after the seller shipped</source>
        <translation>Resumen de reglas para vendedores: se puede solicitar un reembolso 10 días después de que el vendedor enviara el pedido</translation>
    </message>
    <message>
        <source>Seller must answer a dispute within</source>
        <translation>El vendedor debe responder a una disputa en un plazo de</translation>
    </message>
    <message>
        <source>AliExpress dispute rules: silence means the buyer&apos;s requested refund goes through</source>
        <translation>Reglas de disputas de AliExpress: si no hay respuesta, se aprueba el reembolso solicitado por el comprador</translation>
    </message>
    <message>
        <source>Unresolved dispute escalates after</source>
        <translation>Una disputa sin resolver se escala tras</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: 16 days, then a claim; newer secondary sources say about 7 days</source>
        <translation>Guía para compradores: 16 días, luego una reclamación; fuentes secundarias más recientes hablan de unos 7 días</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide and help-centre copies: unresolved on the 16th day, the dispute goes to the platform automatically</source>
        <translation>Guía para compradores y copias del centro de ayuda: si sigue sin resolverse el 16.º día, la disputa pasa automáticamente a la plataforma</translation>
    </message>
    <message>
        <source>Newer secondary sources: the platform&apos;s dispute officer steps in within 7 days</source>
        <translation>Fuentes secundarias más recientes: el responsable de disputas de la plataforma interviene en un plazo de 7 días</translation>
    </message>
    <message>
        <source>The platform decides an escalated dispute within</source>
        <translation>La plataforma resuelve una disputa escalada en un plazo de</translation>
    </message>
    <message>
        <source>Help-centre copies: a case-management specialist reviews the escalated dispute; an appeal is usually handled within 10 days</source>
        <translation>Copias del centro de ayuda: un especialista en gestión de casos revisa la disputa escalada; una apelación suele tramitarse en un plazo de 10 días</translation>
    </message>
    <message>
        <source>Help-centre copy: the platform usually answers within 10 days</source>
        <translation>Copia del centro de ayuda: la plataforma suele responder en un plazo de 10 días</translation>
    </message>
    <message>
        <source>Ship an agreed return within</source>
        <translation>Enviar una devolución acordada en un plazo de</translation>
    </message>
    <message>
        <source>AliExpress dispute rules</source>
        <translation>Reglas de disputas de AliExpress</translation>
    </message>
    <message>
        <source>AliExpress dispute rules: after an agreed return the buyer ships within 10 days, or the money goes to the seller</source>
        <translation>Reglas de disputas de AliExpress: tras acordar una devolución, el comprador debe enviarla en un plazo de 10 días o el dinero va al vendedor</translation>
    </message>
    <message>
        <source>Appeal the platform&apos;s decision within</source>
        <translation>Apelar la resolución de la plataforma en un plazo de</translation>
    </message>
    <message>
        <source>Help-centre copy: one appeal per dispute, within 7 days after the decision</source>
        <translation>Copia del centro de ayuda: una apelación por disputa, en un plazo de 7 días tras la resolución</translation>
    </message>
    <message>
        <source>Help-centre copy: one appeal per dispute, within 7 days after the dispute ends</source>
        <translation>Copia del centro de ayuda: una apelación por disputa, en un plazo de 7 días tras el fin de la disputa</translation>
    </message>
    <message>
        <source>Refund arrives, by payment method</source>
        <translation>Llegada del reembolso, según el método de pago</translation>
    </message>
    <message>
        <source>AliExpress help centre; banks may add 7-15 business days after &quot;refund completed&quot;</source>
        <translation>Centro de ayuda de AliExpress; los bancos pueden añadir de 7 a 15 días hábiles tras «reembolso completado»</translation>
    </message>
    <message>
        <source>PayPal dispute window from payment</source>
        <translation>Plazo de disputa de PayPal desde el pago</translation>
    </message>
    <message>
        <source>PayPal Buyer Protection: 180 days from payment; escalate to a claim within 20 days</source>
        <translation>Protección del Comprador de PayPal: 180 días desde el pago; convierte la disputa en reclamación en un plazo de 20 días</translation>
    </message>
    <message>
        <source>Card chargeback window from expected delivery</source>
        <translation>Plazo de contracargo con tarjeta desde la entrega prevista</translation>
    </message>
    <message>
        <source>Card network rules (Visa/Mastercard): typically 120 days; ask your bank</source>
        <translation>Reglas de las redes de tarjetas (Visa/Mastercard): normalmente 120 días; consulta a tu banco</translation>
    </message>
    <message>
        <source>Times copied from the order page are in</source>
        <translation>Las horas copiadas de la página del pedido están en</translation>
    </message>
    <message>
        <source>Older order pages and guides show US Pacific time; newer pages may show the buyer&apos;s local time. Countdowns are exact in any zone</source>
        <translation>Las páginas de pedido antiguas y las guías muestran la hora del Pacífico de EE. UU.; las páginas más recientes pueden mostrar la hora local del comprador. Las cuentas atrás son exactas en cualquier zona</translation>
    </message>
    <message>
        <source>Older order pages and buyers&apos; guides: times in US Pacific time</source>
        <translation>Páginas de pedido antiguas y guías para compradores: horas en la hora del Pacífico de EE. UU.</translation>
    </message>
    <message>
        <source>Newer order pages: the buyer&apos;s local time</source>
        <translation>Páginas de pedido recientes: la hora local del comprador</translation>
    </message>
    <message>
        <source>Remind me of a deadline</source>
        <translation>Recordarme un plazo</translation>
    </message>
    <message>
        <source>Dispute Desk&apos;s choice: a week ahead to plan, two days ahead (sellers answer slowly), a day ahead, and two hours for the last moment; when several are crossed at once, only the shortest is sent</source>
        <translation>Elección de Dispute Desk: una semana antes para planificar, dos días antes (los vendedores tardan en responder), un día antes y dos horas antes para el último momento; cuando se cruzan varios a la vez, solo se envía el más corto</translation>
    </message>
    <message>
        <source>Dispute Desk&apos;s choice: a week, two days, a day and two hours before a deadline</source>
        <translation>Elección de Dispute Desk: una semana, dos días, un día y dos horas antes de un plazo</translation>
    </message>
    <message>
        <source>before a deadline</source>
        <translation>antes de un plazo</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>días hábiles</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>sí/no</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zona horaria</translation>
    </message>
    <message>
        <source>an official rule of the platform</source>
        <translation>una regla oficial de la plataforma</translation>
    </message>
    <message>
        <source>from the platform&apos;s help centre, not its published rules</source>
        <translation>del centro de ayuda de la plataforma, no de sus reglas publicadas</translation>
    </message>
    <message>
        <source>from buyers&apos; guides, not confirmed by the platform</source>
        <translation>de guías para compradores, no confirmado por la plataforma</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>can&apos;t use the data dir {path}: {reason}</source>
        <translation>no se puede usar la carpeta de datos {path}: {reason}</translation>
    </message>
    <message>
        <source>using the data</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>usando los datos</translation>
    </message>
    <message>
        <source>upgrading the data</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>actualizando los datos</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>restaurando una copia de seguridad</translation>
    </message>
    <message>
        <source>saving a large import</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>guardando una importación grande</translation>
    </message>
    <message>
        <source>making a backup</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>haciendo una copia de seguridad</translation>
    </message>
    <message>
        <source>storing photos</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>guardando fotos</translation>
    </message>
    <message>
        <source>saving changes</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>guardando cambios</translation>
    </message>
    <message>
        <source>Another Dispute Desk window or command is {doing}; nothing was saved yet. Try again when it has finished</source>
        <translation>Otra ventana o comando de Dispute Desk está {doing}; aún no se ha guardado nada. Vuelve a intentarlo cuando haya terminado</translation>
    </message>
    <message>
        <source>Another Dispute Desk window or command is {doing}; waiting for it…</source>
        <translation>Otra ventana o comando de Dispute Desk está {doing}; esperando a que termine…</translation>
    </message>
    <message>
        <source>Another Dispute Desk window or command is {doing}; trying again…</source>
        <translation>Otra ventana o comando de Dispute Desk está {doing}; reintentando…</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>the disk holding {path} is full ({free} free); free about {needed} and try again. Nothing was changed</source>
        <translation>el disco de {path} está lleno ({free} libres); libera unos {needed} y vuelve a intentarlo. No se ha cambiado nada</translation>
    </message>
    <message>
        <source>the disk holding {path} is full; free about {needed} and try again. Nothing was changed</source>
        <translation>el disco de {path} está lleno; libera unos {needed} y vuelve a intentarlo. No se ha cambiado nada</translation>
    </message>
    <message>
        <source>the disk holding {path} is full ({free} free); free some space and try again. Nothing was changed</source>
        <translation>el disco de {path} está lleno ({free} libres); libera espacio y vuelve a intentarlo. No se ha cambiado nada</translation>
    </message>
    <message>
        <source>the disk holding {path} is full; free some space and try again. Nothing was changed</source>
        <translation>el disco de {path} está lleno; libera espacio y vuelve a intentarlo. No se ha cambiado nada</translation>
    </message>
    <message>
        <source>{path} is damaged or not a Dispute Desk data file ({reason})</source>
        <translation>{path} está dañado o no es un archivo de datos de Dispute Desk ({reason})</translation>
    </message>
    <message>
        <source>the data in {path} can&apos;t be written (the folder or disk is read-only); nothing was changed</source>
        <translation>no se pueden escribir los datos de {path} (la carpeta o el disco son de solo lectura); no se ha cambiado nada</translation>
    </message>
    <message>
        <source>the folder {path} can&apos;t be written to (no permission); nothing was changed</source>
        <translation>no se puede escribir en la carpeta {path} (sin permiso); no se ha cambiado nada</translation>
    </message>
    <message>
        <source>the data file {path} can&apos;t be read or written ({reason}); the disk may be failing or was removed. The file was not changed by this</source>
        <translation>no se puede leer ni escribir el archivo de datos {path} ({reason}); puede que el disco esté fallando o se haya extraído. Esto no ha modificado el archivo</translation>
    </message>
    <message>
        <source>no migrations are shipped with this build</source>
        <translation>esta compilación no incluye migraciones</translation>
    </message>
    <message>
        <source>could not turn foreign keys off for the migration; nothing was changed</source>
        <translation>no se han podido desactivar las claves externas para la migración; no se ha cambiado nada</translation>
    </message>
    <message numerus="yes">
        <source>the schema upgrade was rolled back: it left rows pointing at missing records in {names} (%n row(s))</source>
        <translation>
            <numerusform>se ha revertido la actualización del esquema: dejaba filas que apuntaban a registros inexistentes en {names} (%n fila)</numerusform>
            <numerusform>se ha revertido la actualización del esquema: dejaba filas que apuntaban a registros inexistentes en {names} (%n filas)</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder {path} can be changed by every user of this computer, so it can&apos;t hold your orders; choose a folder of your own (for example {example})</source>
        <translation>la carpeta {path} la puede modificar cualquier usuario de este ordenador, así que no puede contener tus pedidos; elige una carpeta propia (por ejemplo, {example})</translation>
    </message>
    <message>
        <source>an evidence item names its file {sha256}, which is not a SHA-256</source>
        <translation>una prueba indica como archivo {sha256}, que no es un SHA-256</translation>
    </message>
    <message>
        <source>an evidence item has the file extension {ext}, which the app never stores</source>
        <translation>una prueba tiene la extensión de archivo {ext}, que la aplicación nunca guarda</translation>
    </message>
    <message>
        <source>the path {text} holds a NUL character</source>
        <translation>la ruta {text} contiene un carácter NUL</translation>
    </message>
    <message>
        <source>the path {text} leads outside the data folder {root}; not touching it</source>
        <translation>la ruta {text} lleva fuera de la carpeta de datos {root}; no se toca</translation>
    </message>
    <message>
        <source>{file} is not a Dispute Desk data file (it has tables but no schema version)</source>
        <translation>{file} no es un archivo de datos de Dispute Desk (tiene tablas, pero no versión de esquema)</translation>
    </message>
    <message>
        <source>{file} is not a Dispute Desk data file ({reason})</source>
        <translation>{file} no es un archivo de datos de Dispute Desk ({reason})</translation>
    </message>
    <message>
        <source>{file} records several schema versions at once ({names})</source>
        <translation>{file} registra varias versiones de esquema a la vez ({names})</translation>
    </message>
    <message>
        <source>{file} has tables but no schema version; not touching it</source>
        <translation>{file} tiene tablas, pero no versión de esquema; no se toca</translation>
    </message>
    <message>
        <source>{target} already exists; not overwriting it</source>
        <translation>{target} ya existe; no se sobrescribe</translation>
    </message>
    <message>
        <source>this data was written by a newer Dispute Desk (schema {revision}); update the app</source>
        <translation>estos datos se escribieron con una versión más reciente de Dispute Desk (esquema {revision}); actualiza la aplicación</translation>
    </message>
    <message>
        <source>the schema upgrade ended at {revision}, not at {head}; this build is inconsistent</source>
        <translation>la actualización del esquema terminó en {revision}, no en {head}; esta compilación es incoherente</translation>
    </message>
    <message>
        <source>the data file {path} was removed while the app was using it</source>
        <translation>el archivo de datos {path} se eliminó mientras la aplicación lo usaba</translation>
    </message>
    <message>
        <source>the data file {path} was closed; open it again to use it</source>
        <translation>el archivo de datos {path} se ha cerrado; vuelve a abrirlo para usarlo</translation>
    </message>
    <message>
        <source>the data file {path} is missing</source>
        <translation>falta el archivo de datos {path}</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Pendiente de pago</translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Disputas</translation>
    </message>
    <message>
        <source>Refunds pending</source>
        <translation>Reembolsos pendientes</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completados</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelados</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Todos los pedidos</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
</context>
<context>
    <name>warning</name>
    <message>
        <source>Confirming receipt ends buyer protection: after that, only 1 day remains to open a dispute. Confirm only when everything is right.</source>
        <translation>Confirmar la recepción pone fin a la protección al comprador: después, solo queda 1 día para abrir una disputa. Confírmala solo cuando todo esté bien.</translation>
    </message>
    <message>
        <source>Confirming receipt ends buyer protection, and no dispute can be opened after that. Confirm only when everything is right.</source>
        <translation>Confirmar la recepción pone fin a la protección al comprador y después ya no se puede abrir ninguna disputa. Confírmala solo cuando todo esté bien.</translation>
    </message>
    <message numerus="yes">
        <source>Confirming receipt ends buyer protection: after that, only %n day(s) remain to open a dispute. Confirm only when everything is right.</source>
        <translation>
            <numerusform>Confirmar la recepción pone fin a la protección al comprador: después, solo queda %n día para abrir una disputa. Confírmala solo cuando todo esté bien.</numerusform>
            <numerusform>Confirmar la recepción pone fin a la protección al comprador: después, solo quedan %n días para abrir una disputa. Confírmala solo cuando todo esté bien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepting a partial refund settles the dispute: you get only this amount, the seller gets the rest, and no new dispute can be opened for this order.</source>
        <translation>Aceptar un reembolso parcial cierra la disputa: solo recibes este importe, el vendedor se queda el resto y ya no se puede abrir otra disputa para este pedido.</translation>
    </message>
    <message>
        <source>Ask early: sellers answer slowly and protection keeps running meanwhile. If it isn&apos;t extended in time, open a dispute before protection ends.</source>
        <translation>Pídela pronto: los vendedores tardan en responder y mientras tanto la protección sigue corriendo. Si no se amplía a tiempo, abre una disputa antes de que termine la protección.</translation>
    </message>
    <message>
        <source>While the dispute is open: don&apos;t confirm receipt, don&apos;t cancel the dispute or accept an offer on the seller&apos;s promise alone, and don&apos;t file a chargeback with your bank beside the open case.</source>
        <translation>Mientras la disputa esté abierta: no confirmes la recepción, no canceles la disputa ni aceptes una oferta solo porque el vendedor te lo prometa, y no solicites un contracargo a tu banco mientras el caso siga abierto.</translation>
    </message>
    <message>
        <source>Cancel only when the problem is solved: after a cancelled dispute, a new one can be opened only while buyer protection still runs, and not at all once the parcel is received or protection has ended. A seller&apos;s promise alone is no reason to cancel.</source>
        <translation>Cancela solo cuando el problema esté resuelto: tras cancelar una disputa, solo se puede abrir otra mientras siga vigente la protección al comprador, y nunca una vez recibido el paquete o terminada la protección. Una simple promesa del vendedor no es motivo para cancelar.</translation>
    </message>
</context>
</TS>
