<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Dispute Desk</source>
        <translation>Sobre o Dispute Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Dispute Desk {version}&lt;/h2&gt;&lt;p&gt;Your orders, their deadlines, cancellations and disputes, kept on your own computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Dispute Desk {version}&lt;/h2&gt;&lt;p&gt;Seus pedidos, seus prazos, cancelamentos e disputas, guardados no seu próprio computador.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Pasta de dados:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Pasta de logs:</translation>
    </message>
    <message>
        <source>Rule profile:</source>
        <translation>Perfil de regras:</translation>
    </message>
    <message>
        <source>Free software under the {licence} licence.&lt;br&gt;It includes Qt, Python and other components under their own licences.&lt;br&gt;&lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;</source>
        <translation>Software livre sob a licença {licence}.&lt;br&gt;Inclui Qt, Python e outros componentes sob suas próprias licenças.&lt;br&gt;&lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licença:</translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation>Executando em:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy these details, for a problem report</source>
        <translation>Copiar estes detalhes, para um relatório de problema</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Licenças…</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>Abrir &amp;pasta de dados</translation>
    </message>
    <message>
        <source>{name}, values checked on {date}</source>
        <translation>{name}, valores verificados em {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) changed by you</source>
        <translation>
            <numerusform>%n valor alterado por você</numerusform>
            <numerusform>%n valores alterados por você</numerusform>
        </translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenças</translation>
    </message>
    <message>
        <source>MIT licence.</source>
        <translation>Licença MIT.</translation>
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
        <translation>Fazendo backup das alterações de hoje antes de fechar…</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Dispute Desk backups (*.zip)</source>
        <translation>Backups do Dispute Desk (*.zip)</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Fazer backup agora…</translation>
    </message>
    <message>
        <source>Save all your orders and evidence in one .zip file</source>
        <translation>Salvar todos os seus pedidos e provas em um único arquivo .zip</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar backup…</translation>
    </message>
    <message>
        <source>Replace the data with a backup; the current data is kept</source>
        <translation>Substituir os dados por um backup; os dados atuais são preservados</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Fazer backup agora</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Fazendo backup em %1…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>Backup salvo em %1 (%2).</translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation>O backup não foi feito: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar backup</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <source>Replace your current data with the backup %1, made on %2?</source>
        <translation>Substituir seus dados atuais pelo backup %1, feito em %2?</translation>
    </message>
    <message>
        <source>Your current data is kept first as a safety copy in the backups folder, so you can go back to it with Restore from backup. The window shows the restored orders when it is done.</source>
        <translation>Antes, seus dados atuais são guardados como cópia de segurança na pasta de backups, para que você possa voltar a eles com Restaurar backup. Ao terminar, a janela mostra os pedidos restaurados.</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Restaurando %1…</translation>
    </message>
    <message>
        <source>The backup came from an older version and was brought up to date.</source>
        <translation>O backup veio de uma versão anterior e foi atualizado.</translation>
    </message>
    <message>
        <source>Your previous data was kept as a safety copy: %1</source>
        <translation>Seus dados anteriores foram guardados como cópia de segurança: %1</translation>
    </message>
    <message>
        <source>%1 was not restored: %2

Nothing was changed.</source>
        <translation>%1 não foi restaurado: %2

Nada foi alterado.</translation>
    </message>
    <message>
        <source>Restoring %1 stopped with an unexpected error: %2

Details are in the log file.</source>
        <translation>A restauração de %1 parou com um erro inesperado: %2

Os detalhes estão no arquivo de log.</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>Made by you</source>
        <translation>Feito por você</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Safety copy before a restore</source>
        <translation>Cópia de segurança antes de restaurar</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Backups automáticos</translation>
    </message>
    <message>
        <source>Dispute Desk backs up your orders and evidence by itself when they changed: a few minutes after a change, once a day and when you close it. Of the older automatic backups it keeps the newest one of each of the last days, weeks and months set here. Backups you make yourself and the safety copies made before a restore are never removed.</source>
        <translation>O Dispute Desk faz backup dos seus pedidos e provas sozinho quando há alterações: alguns minutos depois de uma alteração, uma vez por dia e quando você o fecha. Dos backups automáticos mais antigos, ele guarda o mais recente de cada um dos últimos dias, semanas e meses definidos aqui. Os backups feitos por você e as cópias de segurança feitas antes de uma restauração nunca são removidos.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dias</translation>
    </message>
    <message>
        <source>Days with a daily backup to keep</source>
        <translation>Dias com backup diário a manter</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>Weeks with a weekly backup to keep</source>
        <translation>Semanas com backup semanal a manter</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>Months with a monthly backup to keep</source>
        <translation>Meses com backup mensal a manter</translation>
    </message>
    <message>
        <source>&amp;Daily backups for the last:</source>
        <translation>Backups &amp;diários dos últimos:</translation>
    </message>
    <message>
        <source>&amp;Weekly backups for the last:</source>
        <translation>Backups &amp;semanais das últimas:</translation>
    </message>
    <message>
        <source>&amp;Monthly backups for the last:</source>
        <translation>Backups me&amp;nsais dos últimos:</translation>
    </message>
    <message>
        <source>Backups in %1</source>
        <translation>Backups em %1</translation>
    </message>
    <message>
        <source>No backups yet. The first automatic backup is made a few minutes after your data changes; Back up now makes one at once.</source>
        <translation>Ainda não há backups. O primeiro backup automático é feito alguns minutos depois que seus dados mudam; Fazer backup agora cria um na hora.</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Ainda não há backups</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>&amp;Fazer backup agora</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Fazer backup agora</translation>
    </message>
    <message>
        <source>Make a backup in the backups folder now</source>
        <translation>Fazer um backup na pasta de backups agora</translation>
    </message>
    <message>
        <source>Res&amp;tore this…</source>
        <translation>Res&amp;taurar este…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurar o backup selecionado</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar na &amp;pasta</translation>
    </message>
    <message>
        <source>Show the backups folder</source>
        <translation>Mostrar a pasta de backups</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Progresso do backup</translation>
    </message>
    <message>
        <source>Backups status</source>
        <translation>Status dos backups</translation>
    </message>
    <message>
        <source>⚠ Could not read the backups folder: %1</source>
        <translation>⚠ Não foi possível ler a pasta de backups: %1</translation>
    </message>
    <message>
        <source>Could not open %1 in the file manager.</source>
        <translation>Não foi possível abrir %1 no gerenciador de arquivos.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Fazendo backup…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>Backup salvo em %1 (%2).</translation>
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
        <translation>Nada neste período.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of bars; series: %1. The numbers are in the table below.</source>
        <translation>
            <numerusform>%n grupo de barras; séries: %1. Os números estão na tabela abaixo.</numerusform>
            <numerusform>%n grupos de barras; séries: %1. Os números estão na tabela abaixo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyRetry</name>
    <message>
        <source>%1 What you entered is kept and saved as soon as the data is free again (trying again…).</source>
        <translation>%1 O que você digitou fica guardado e é salvo assim que os dados forem liberados (tentando de novo…).</translation>
    </message>
</context>
<context>
    <name>CancelWizard</name>
    <message>
        <source>Cancel order %1</source>
        <translation>Cancelar o pedido %1</translation>
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
        <translation>Disputa sobre o pedido inteiro</translation>
    </message>
    <message>
        <source>Dispute about item %1: %2</source>
        <translation>Disputa sobre o item %1: %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>Aberta em: %1</translation>
    </message>
    <message>
        <source>Refund asked: %1</source>
        <translation>Reembolso solicitado: %1</translation>
    </message>
    <message>
        <source>%1, with a return of the item</source>
        <translation>%1, com devolução do item</translation>
    </message>
    <message>
        <source>With a return of the item</source>
        <translation>Com devolução do item</translation>
    </message>
    <message>
        <source>Seller offers: %1</source>
        <translation>Oferta do vendedor: %1</translation>
    </message>
    <message>
        <source>Seller answered: %1</source>
        <translation>Resposta do vendedor: %1</translation>
    </message>
    <message>
        <source>Escalated: %1</source>
        <translation>Escalada em: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Decision: %1 (%2)</source>
        <translation>Decisão: %1 (%2)</translation>
    </message>
    <message>
        <source>Appealed: %1</source>
        <translation>Recurso em: %1</translation>
    </message>
    <message>
        <source>Refund received: %1</source>
        <translation>Reembolso recebido: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelada em: %1</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Caso: %1</translation>
    </message>
    <message>
        <source>Refunds usually take %2–%3 business days.</source>
        <translation>Os reembolsos costumam levar %2–%3 dias úteis.</translation>
    </message>
    <message>
        <source>Paid by %1: refunds usually take %2–%3 business days.</source>
        <translation>Pago com %1: os reembolsos costumam levar %2–%3 dias úteis.</translation>
    </message>
    <message>
        <source>%1: time left %2</source>
        <translation>%1: tempo restante %2</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Imagem SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Salvar gráfico</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Numbers of the chart: %1</source>
        <translation>Números do gráfico: %1</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Salvar gráfico…</translation>
    </message>
    <message>
        <source>Save the chart %1 as a picture</source>
        <translation>Salvar o gráfico %1 como imagem</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Salvar gráfico</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Open the dispute</source>
        <translation>Abrir a disputa</translation>
    </message>
    <message>
        <source>Open it on the order page, then press Finish: the app records it and counts down to the seller&apos;s answer and the escalation day.</source>
        <translation>Abra-a na página do pedido e depois clique em Concluir: o app registra a disputa e faz a contagem regressiva até a resposta do vendedor e o dia de escalar.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
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
        <translation>Devolver o item</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>How to open it:</source>
        <translation>Como abrir:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Item %1: %2</translation>
    </message>
    <message>
        <source>The whole order</source>
        <translation>O pedido inteiro</translation>
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
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
</context>
<context>
    <name>CountdownBox</name>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
</context>
<context>
    <name>CountdownField</name>
    <message>
        <source>e.g. 23 d 14:22:10</source>
        <translation>ex.: 23 d 14:22:10</translation>
    </message>
    <message>
        <source>%1 as the order page shows it now: resulting time</source>
        <translation>%1 como a página do pedido mostra agora: tempo resultante</translation>
    </message>
    <message>
        <source>As the order page shows it now; counted from now.</source>
        <translation>Como a página do pedido mostra agora; contado a partir de agora.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Dispute Desk: something went wrong</source>
        <translation>Dispute Desk: algo deu errado</translation>
    </message>
    <message>
        <source>&lt;b&gt;An unexpected error happened.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ocorreu um erro inesperado.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What was saved before this error is safe: each change is saved when you make it. If you were saving something just now, check that it is there before you go on; you can keep working, or quit and start Dispute Desk again.</source>
        <translation>O que foi salvo antes deste erro está seguro: cada alteração é salva quando você a faz. Se você estava salvando algo agora mesmo, confira se está lá antes de continuar; você pode continuar trabalhando ou sair e iniciar o Dispute Desk novamente.</translation>
    </message>
    <message>
        <source>Please report it at &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;: say what you were doing just before, and attach the log file below (it records what the app did; look it over before you send it).</source>
        <translation>Informe o problema em &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;: diga o que você estava fazendo logo antes e anexe o arquivo de log abaixo (ele registra o que o app fez; revise-o antes de enviar).</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Arquivo de log: {path}</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalhes</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir pasta de &amp;logs</translation>
    </message>
    <message>
        <source>&amp;Quit Dispute Desk</source>
        <translation>&amp;Sair do Dispute Desk</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Arquivo de log: %1</translation>
    </message>
    <message>
        <source>What failed: {error}</source>
        <translation>O que falhou: {error}</translation>
    </message>
    <message>
        <source>Dispute Desk</source>
        <translation>Dispute Desk</translation>
    </message>
    <message>
        <source>{reason}

That action was not saved.</source>
        <translation>{reason}

Essa ação não foi salva.</translation>
    </message>
    <message>
        <source>Dispute Desk can&apos;t open your data.

{reason}</source>
        <translation>O Dispute Desk não consegue abrir seus dados.

{reason}</translation>
    </message>
</context>
<context>
    <name>DaysSpinBox</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineList</name>
    <message>
        <source>No open deadlines.</source>
        <translation>Nenhum prazo em aberto.</translation>
    </message>
    <message>
        <source>Due %1 · %2</source>
        <translation>Vence em %1 · %2</translation>
    </message>
    <message>
        <source>%1: time left %2</source>
        <translation>%1: tempo restante %2</translation>
    </message>
</context>
<context>
    <name>DisputeReason</name>
    <message>
        <source>Tracking stopped moving</source>
        <translation>O rastreio parou de atualizar</translation>
    </message>
    <message>
        <source>It went to the wrong address or country</source>
        <translation>Foi para o endereço ou país errado</translation>
    </message>
    <message>
        <source>The delivery period is about to end</source>
        <translation>O prazo de entrega está acabando</translation>
    </message>
    <message>
        <source>It is going back to the seller</source>
        <translation>Está voltando para o vendedor</translation>
    </message>
    <message>
        <source>It is held at customs</source>
        <translation>Está retido na alfândega</translation>
    </message>
    <message>
        <source>It is not as described (size, colour, material, model)</source>
        <translation>É diferente do anunciado (tamanho, cor, material, modelo)</translation>
    </message>
    <message>
        <source>It doesn&apos;t work or is defective</source>
        <translation>Não funciona ou está com defeito</translation>
    </message>
    <message>
        <source>It arrived damaged</source>
        <translation>Chegou danificado</translation>
    </message>
    <message>
        <source>I got a different item</source>
        <translation>Recebi um item diferente</translation>
    </message>
    <message>
        <source>Fewer items than I ordered</source>
        <translation>Menos itens do que comprei</translation>
    </message>
    <message>
        <source>It is a counterfeit</source>
        <translation>É falsificado</translation>
    </message>
    <message>
        <source>The parcel was empty</source>
        <translation>A encomenda veio vazia</translation>
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
        <translation>Idioma do rascunho:</translation>
    </message>
    <message>
        <source>Parts still to fill in</source>
        <translation>Partes ainda a preencher</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copiar para a área de transferência</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Copiar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied, with %n part(s) in […] still to fill in: fill them in before you send it.</source>
        <translation>
            <numerusform>Copiado, com %n parte em […] ainda a preencher: preencha-a antes de enviar.</numerusform>
            <numerusform>Copiado, com %n partes em […] ainda a preencher: preencha-as antes de enviar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only you can fill in %n part(s) in […]: %1</source>
        <translation>
            <numerusform>Só você pode preencher %n parte em […]: %1</numerusform>
            <numerusform>Só você pode preencher %n partes em […]: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>Parts still to fill in</source>
        <translation>Partes ainda a preencher</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Can you open it now?</source>
        <translation>Você pode abrir a disputa agora?</translation>
    </message>
    <message>
        <source>For this order and your reason, as of now.</source>
        <translation>Para este pedido e o seu motivo, neste momento.</translation>
    </message>
    <message>
        <source>Can the dispute be opened</source>
        <translation>Se a disputa pode ser aberta</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Por que não</translation>
    </message>
    <message>
        <source>Last chance</source>
        <translation>Última chance</translation>
    </message>
    <message>
        <source>Other ways to get your money back</source>
        <translation>Outras formas de recuperar seu dinheiro</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>O que você pode fazer</translation>
    </message>
    <message>
        <source>You can&apos;t go on from here now: press Close.</source>
        <translation>Não é possível continuar daqui agora: clique em Fechar.</translation>
    </message>
    <message>
        <source>Next in this guide</source>
        <translation>A seguir neste guia</translation>
    </message>
    <message>
        <source>1. The evidence to gather for your reason, with photos you can add now.
2. The refund you ask for, and whether you send the item back.
3. The dispute text, ready to paste into the dispute form.

Nothing is recorded until you press Finish.</source>
        <translation>1. As provas a reunir para o seu motivo, com fotos que você pode adicionar agora.
2. O reembolso que você pede e se vai devolver o item.
3. O texto da disputa, pronto para colar no formulário da disputa.

Nada é registrado até você clicar em Concluir.</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>O que vem a seguir</translation>
    </message>
    <message>
        <source>Last chance: you can still open it, until %1.</source>
        <translation>Última chance: você ainda pode abri-la até %1.</translation>
    </message>
    <message>
        <source>Until the last chance is gone</source>
        <translation>Até acabar a última chance</translation>
    </message>
    <message>
        <source>You can open it now, until %1.</source>
        <translation>Você pode abri-la agora, até %1.</translation>
    </message>
    <message>
        <source>Until the dispute window closes</source>
        <translation>Até fechar o prazo para abrir disputa</translation>
    </message>
    <message>
        <source>You can open it from %1.</source>
        <translation>Você pode abri-la a partir de %1.</translation>
    </message>
    <message>
        <source>Until you can open it</source>
        <translation>Até você poder abri-la</translation>
    </message>
    <message>
        <source>You can&apos;t open it now.</source>
        <translation>Não é possível abri-la agora.</translation>
    </message>
    <message>
        <source>protection ends</source>
        <translation>fim da proteção</translation>
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
        <translation>Boas-vindas ao Dispute Desk</translation>
    </message>
    <message>
        <source>Keep every order with a live countdown to its next deadline: payment check, shipping, buyer protection, disputes and refunds. Everything stays on this computer.</source>
        <translation>Acompanhe cada pedido com uma contagem regressiva até o próximo prazo: verificação do pagamento, envio, proteção ao comprador, disputas e reembolsos. Tudo fica neste computador.</translation>
    </message>
    <message>
        <source>Add your first order…</source>
        <translation>Adicionar seu primeiro pedido…</translation>
    </message>
    <message>
        <source>Add your first order</source>
        <translation>Adicionar seu primeiro pedido</translation>
    </message>
    <message>
        <source>Try it with sample orders</source>
        <translation>Experimentar com pedidos de exemplo</translation>
    </message>
    <message>
        <source>Load sample orders</source>
        <translation>Carregar pedidos de exemplo</translation>
    </message>
    <message>
        <source>Loads made-up orders, clearly marked, that you can remove again in one step.</source>
        <translation>Carrega pedidos fictícios, claramente marcados, que você pode remover de uma só vez.</translation>
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
        <translation>Aviso</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Quando aconteceu</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quando</translation>
    </message>
    <message>
        <source>&amp;Note (required)</source>
        <translation>&amp;Nota (obrigatória)</translation>
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
        <translation>Tempo de p&amp;rocessamento</translation>
    </message>
    <message>
        <source>&amp;Tracking number</source>
        <translation>&amp;Código de rastreio</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>&amp;Transportadora</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Não informado</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Escolha um motivo…</translation>
    </message>
    <message>
        <source>Choose the outcome…</source>
        <translation>Escolha o resultado…</translation>
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
        <translation>Dias &amp;solicitados</translation>
    </message>
    <message>
        <source>The decision includes a return of the item</source>
        <translation>A decisão inclui a devolução do item</translation>
    </message>
    <message>
        <source>I will send the item back (return)</source>
        <translation>Vou devolver o item (devolução)</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolução</translation>
    </message>
    <message>
        <source>The whole order</source>
        <translation>O pedido inteiro</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Item %1: %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <source>Countdown on the order page</source>
        <translation>Contagem regressiva na página do pedido</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data de término</translation>
    </message>
    <message>
        <source>Not entered (estimated from the rules)</source>
        <translation>Não informada (estimada pelas regras)</translation>
    </message>
    <message>
        <source>Extended by days</source>
        <translation>Prorrogação em dias</translation>
    </message>
    <message>
        <source>&amp;Buyer protection</source>
        <translation>&amp;Proteção ao comprador</translation>
    </message>
    <message>
        <source>in %1, e.g. 12.34</source>
        <translation>em %1, ex.: 12,34</translation>
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
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <source>Enter an amount of more than zero.</source>
        <translation>Informe um valor maior que zero.</translation>
    </message>
    <message>
        <source>That is more than the order total, %1.</source>
        <translation>Isso é mais que o total do pedido, %1.</translation>
    </message>
    <message>
        <source>Enter the new tracking number.</source>
        <translation>Informe o novo código de rastreio.</translation>
    </message>
    <message>
        <source>Choose the reason for the dispute.</source>
        <translation>Escolha o motivo da disputa.</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>Escolha o resultado.</translation>
    </message>
    <message>
        <source>Only a full refund comes with a return: with a partial one you keep the item.</source>
        <translation>Só o reembolso total vem com devolução: no parcial, você fica com o item.</translation>
    </message>
    <message>
        <source>Enter the amount of the partial refund.</source>
        <translation>Informe o valor do reembolso parcial.</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>Escreva a nota.</translation>
    </message>
    <message>
        <source>To record: %1</source>
        <translation>Para registrar: %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Record that you paid for the order</source>
        <translation>Registrar que você pagou o pedido</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Record that the seller shipped the order</source>
        <translation>Registrar que o vendedor enviou o pedido</translation>
    </message>
    <message>
        <source>Tracking update</source>
        <translation>Atualização de rastreio</translation>
    </message>
    <message>
        <source>Record a new tracking number or carrier</source>
        <translation>Registrar um novo código de rastreio ou transportadora</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Record that tracking shows the parcel delivered</source>
        <translation>Registrar que o rastreio mostra a encomenda como entregue</translation>
    </message>
    <message>
        <source>Confirm receipt</source>
        <translation>Confirmar recebimento</translation>
    </message>
    <message>
        <source>Record that you confirmed receipt of the order</source>
        <translation>Registrar que você confirmou o recebimento do pedido</translation>
    </message>
    <message>
        <source>Cancellation requested</source>
        <translation>Cancelamento solicitado</translation>
    </message>
    <message>
        <source>Record that you asked to cancel the order</source>
        <translation>Registrar que você solicitou o cancelamento do pedido</translation>
    </message>
    <message>
        <source>Cancellation approved</source>
        <translation>Cancelamento aprovado</translation>
    </message>
    <message>
        <source>Record that the seller approved the cancellation</source>
        <translation>Registrar que o vendedor aprovou o cancelamento</translation>
    </message>
    <message>
        <source>Cancellation refused</source>
        <translation>Cancelamento recusado</translation>
    </message>
    <message>
        <source>Record that the seller refused to cancel</source>
        <translation>Registrar que o vendedor recusou o cancelamento</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Record that the order was cancelled</source>
        <translation>Registrar que o pedido foi cancelado</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation>Prorrogação solicitada</translation>
    </message>
    <message>
        <source>Record that you asked the seller to extend buyer protection</source>
        <translation>Registrar que você solicitou ao vendedor a prorrogação da proteção ao comprador</translation>
    </message>
    <message>
        <source>Protection extended</source>
        <translation>Proteção prorrogada</translation>
    </message>
    <message>
        <source>Record that buyer protection was extended</source>
        <translation>Registrar que a proteção ao comprador foi prorrogada</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>Disputa aberta</translation>
    </message>
    <message>
        <source>Record that you opened a dispute</source>
        <translation>Registrar que você abriu uma disputa</translation>
    </message>
    <message>
        <source>Dispute cancelled</source>
        <translation>Disputa cancelada</translation>
    </message>
    <message>
        <source>Record that you cancelled the open dispute</source>
        <translation>Registrar que você cancelou a disputa em aberto</translation>
    </message>
    <message>
        <source>Seller responded</source>
        <translation>Vendedor respondeu</translation>
    </message>
    <message>
        <source>Record the seller&apos;s answer to the dispute</source>
        <translation>Registrar a resposta do vendedor à disputa</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Disputa escalada</translation>
    </message>
    <message>
        <source>Record that the dispute went to the platform</source>
        <translation>Registrar que a disputa foi escalada para a plataforma</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Record how the dispute was decided</source>
        <translation>Registrar como a disputa foi decidida</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>Recurso apresentado</translation>
    </message>
    <message>
        <source>Record that you appealed the decision</source>
        <translation>Registrar que você recorreu da decisão</translation>
    </message>
    <message>
        <source>Refund issued</source>
        <translation>Reembolso emitido</translation>
    </message>
    <message>
        <source>Record that the refund was issued</source>
        <translation>Registrar que o reembolso foi emitido</translation>
    </message>
    <message>
        <source>Refund received</source>
        <translation>Reembolso recebido</translation>
    </message>
    <message>
        <source>Record that the refund arrived</source>
        <translation>Registrar que o reembolso chegou</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Add a note to the order&apos;s timeline</source>
        <translation>Adicionar uma nota à linha do tempo do pedido</translation>
    </message>
    <message>
        <source>Not received: tracking stopped moving</source>
        <translation>Não recebido: o rastreio parou de atualizar</translation>
    </message>
    <message>
        <source>Not received: sent to the wrong address</source>
        <translation>Não recebido: enviado para o endereço errado</translation>
    </message>
    <message>
        <source>Not received: delivery period ending</source>
        <translation>Não recebido: prazo de entrega acabando</translation>
    </message>
    <message>
        <source>Not received: returned to the sender</source>
        <translation>Não recebido: devolvido ao remetente</translation>
    </message>
    <message>
        <source>Not received: held at customs</source>
        <translation>Não recebido: retido na alfândega</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Diferente do anunciado</translation>
    </message>
    <message>
        <source>Defective, doesn&apos;t work</source>
        <translation>Com defeito, não funciona</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Danificado</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Item errado</translation>
    </message>
    <message>
        <source>Fewer items than ordered</source>
        <translation>Menos itens do que o pedido</translation>
    </message>
    <message>
        <source>Counterfeit</source>
        <translation>Falsificado</translation>
    </message>
    <message>
        <source>Empty parcel</source>
        <translation>Encomenda vazia</translation>
    </message>
    <message>
        <source>Changed my mind</source>
        <translation>Mudei de ideia</translation>
    </message>
    <message>
        <source>Found it cheaper</source>
        <translation>Encontrei mais barato</translation>
    </message>
    <message>
        <source>Seller out of stock</source>
        <translation>Vendedor sem estoque</translation>
    </message>
    <message>
        <source>Seller raised the price</source>
        <translation>Vendedor aumentou o preço</translation>
    </message>
    <message>
        <source>The seller asked for it</source>
        <translation>A pedido do vendedor</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
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
        <translation>Rejeitada</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>taken %1</source>
        <translation>capturado em %1</translation>
    </message>
    <message>
        <source>Photos and videos (%1)</source>
        <translation>Fotos e vídeos (%1)</translation>
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
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Add photos and videos</source>
        <translation>Adicionar fotos e vídeos</translation>
    </message>
    <message numerus="yes">
        <source>Adding files to order %1: %n…</source>
        <translation>
            <numerusform>Adicionando arquivos ao pedido %1: %n…</numerusform>
            <numerusform>Adicionando arquivos ao pedido %1: %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add evidence to order %1</source>
        <translation>Adicionar provas ao pedido %1</translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>Nada foi adicionado: %1</translation>
    </message>
    <message>
        <source>Adding evidence</source>
        <translation>Adicionando provas</translation>
    </message>
    <message numerus="yes">
        <source>Checking and storing %n file(s) for order %1…</source>
        <translation>
            <numerusform>Verificando e armazenando %n arquivo do pedido %1…</numerusform>
            <numerusform>Verificando e armazenando %n arquivos do pedido %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to the trash</source>
        <translation>Mover %1 para a lixeira</translation>
    </message>
    <message>
        <source>The clipboard holds no picture or file to add.</source>
        <translation>A área de transferência não contém imagem nem arquivo para adicionar.</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover para a lixeira</translation>
    </message>
    <message>
        <source>Moved %1 to the trash. Undo with %2.</source>
        <translation>%1 movido para a lixeira. Desfaça com %2.</translation>
    </message>
    <message>
        <source>Play video</source>
        <translation>Reproduzir vídeo</translation>
    </message>
    <message>
        <source>No program opened %1.</source>
        <translation>Nenhum programa abriu %1.</translation>
    </message>
    <message>
        <source>Make the case pack in…</source>
        <translation>Criar o dossiê em…</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Escolher</translation>
    </message>
    <message>
        <source>Could not make the folder %1: %2</source>
        <translation>Não foi possível criar a pasta %1: %2</translation>
    </message>
    <message>
        <source>Case pack</source>
        <translation>Dossiê</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>Case pack %1</source>
        <translation>Dossiê %1</translation>
    </message>
    <message>
        <source>Making the case pack for order %1…</source>
        <translation>Criando o dossiê do pedido %1…</translation>
    </message>
    <message>
        <source>Case pack of order %1</source>
        <translation>Dossiê do pedido %1</translation>
    </message>
    <message>
        <source>No case pack was made: %1</source>
        <translation>Nenhum dossiê foi criado: %1</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <source>&amp;Add photos…</source>
        <translation>Adicionar &amp;fotos…</translation>
    </message>
    <message>
        <source>Add photos or videos to the order as evidence</source>
        <translation>Adicionar fotos ou vídeos ao pedido como provas</translation>
    </message>
    <message>
        <source>&amp;Paste photo</source>
        <translation>&amp;Colar foto</translation>
    </message>
    <message>
        <source>Add the picture or files on the clipboard to the order</source>
        <translation>Adicionar ao pedido a imagem ou os arquivos da área de transferência</translation>
    </message>
    <message>
        <source>Show &amp;gallery…</source>
        <translation>Mostrar &amp;galeria…</translation>
    </message>
    <message>
        <source>Make case &amp;pack…</source>
        <translation>Criar d&amp;ossiê…</translation>
    </message>
    <message>
        <source>A PDF case file and upload-ready photo copies in a folder</source>
        <translation>Um arquivo PDF do caso e cópias das fotos prontas para envio, em uma pasta</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>&amp;Provas</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <source>Evidence of the order</source>
        <translation>Provas do pedido</translation>
    </message>
    <message>
        <source>Drop photos or videos here, or paste with Ctrl+V.</source>
        <translation>Arraste fotos ou vídeos para cá, ou cole com Ctrl+V.</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>Adicionar &amp;fotos…</translation>
    </message>
    <message>
        <source>Add photos or videos to the order</source>
        <translation>Adicionar fotos ou vídeos ao pedido</translation>
    </message>
    <message>
        <source>&amp;Gallery…</source>
        <translation>&amp;Galeria…</translation>
    </message>
    <message>
        <source>Open the evidence gallery</source>
        <translation>Abrir a galeria de provas</translation>
    </message>
    <message numerus="yes">
        <source>Photos and videos attached to this order: %n.</source>
        <translation>
            <numerusform>Fotos e vídeos anexados a este pedido: %n.</numerusform>
            <numerusform>Fotos e vídeos anexados a este pedido: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No photos or videos attached to this order yet.</source>
        <translation>Nenhuma foto ou vídeo anexado a este pedido ainda.</translation>
    </message>
</context>
<context>
    <name>EvidenceGallery</name>
    <message>
        <source>Evidence — order %1</source>
        <translation>Provas — pedido %1</translation>
    </message>
    <message>
        <source>Evidence gallery</source>
        <translation>Galeria de provas</translation>
    </message>
    <message>
        <source>Add a caption: what the photo shows</source>
        <translation>Adicione uma legenda: o que a foto mostra</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>All photos and videos</source>
        <translation>Todas as fotos e vídeos</translation>
    </message>
    <message>
        <source>No photos yet — drop files here or paste a screenshot (Ctrl+V)</source>
        <translation>Nenhuma foto ainda — arraste arquivos para cá ou cole uma captura de tela (Ctrl+V)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Aumentar zoom</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Diminuir zoom</translation>
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
        <translation>Reproduzir…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover para a lixeira</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Colar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
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
        <translation>Provas</translation>
    </message>
    <message>
        <source>Tick what you have. Keep these ready to upload on the dispute form.</source>
        <translation>Marque o que você tem. Deixe tudo pronto para enviar no formulário da disputa.</translation>
    </message>
    <message>
        <source>Evidence ready</source>
        <translation>Provas prontas</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ready.</source>
        <translation>
            <numerusform>%1 de %n pronta.</numerusform>
            <numerusform>%1 de %n prontas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing special to prepare for this reason.</source>
        <translation>Nada especial a preparar para este motivo.</translation>
    </message>
</context>
<context>
    <name>EvidenceStrip</name>
    <message>
        <source>Evidence</source>
        <translation>Provas</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Add photos or videos to the order</source>
        <translation>Adicionar fotos ou vídeos ao pedido</translation>
    </message>
    <message>
        <source>Add photos or videos (or drop files here, or paste with Ctrl+V)</source>
        <translation>Adicionar fotos ou vídeos (ou arraste arquivos para cá, ou cole com Ctrl+V)</translation>
    </message>
    <message>
        <source>Gallery…</source>
        <translation>Galeria…</translation>
    </message>
    <message>
        <source>Open the evidence gallery</source>
        <translation>Abrir a galeria de provas</translation>
    </message>
    <message>
        <source>Show the removed photos and videos</source>
        <translation>Mostrar as fotos e vídeos removidos</translation>
    </message>
    <message>
        <source>Photos and videos of the order</source>
        <translation>Fotos e vídeos do pedido</translation>
    </message>
    <message>
        <source>No photos yet — drop files here or paste a screenshot (Ctrl+V)</source>
        <translation>Nenhuma foto ainda — arraste arquivos para cá ou cole uma captura de tela (Ctrl+V)</translation>
    </message>
    <message numerus="yes">
        <source>Photos and videos: %n</source>
        <translation>
            <numerusform>Fotos e vídeos: %n</numerusform>
            <numerusform>Fotos e vídeos: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos and videos</source>
        <translation>Fotos e vídeos</translation>
    </message>
    <message>
        <source>No photos or videos.</source>
        <translation>Nenhuma foto ou vídeo.</translation>
    </message>
    <message>
        <source>Removed (%1)…</source>
        <translation>Removidos (%1)…</translation>
    </message>
</context>
<context>
    <name>EvidenceTrashDialog</name>
    <message>
        <source>Removed photos and videos of %1</source>
        <translation>Fotos e vídeos removidos de %1</translation>
    </message>
    <message>
        <source>Choose what to bring back to the order.</source>
        <translation>Escolha o que trazer de volta ao pedido.</translation>
    </message>
    <message>
        <source>Photos and videos in the trash</source>
        <translation>Fotos e vídeos na lixeira</translation>
    </message>
    <message>
        <source>Nothing of this order is in the trash.</source>
        <translation>Nada deste pedido está na lixeira.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore the chosen photos and videos</source>
        <translation>Restaurar as fotos e vídeos escolhidos</translation>
    </message>
    <message>
        <source>(removed %1)</source>
        <translation>(removido em %1)</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Orders as &amp;CSV…</source>
        <translation>Pedidos em &amp;CSV…</translation>
    </message>
    <message>
        <source>Everything as &amp;JSON…</source>
        <translation>Tudo em &amp;JSON…</translation>
    </message>
    <message>
        <source>Deadlines as calendar (&amp;ICS)…</source>
        <translation>Prazos como calendário (&amp;ICS)…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Arquivos de calendário (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1</source>
        <translation>
            <numerusform>%n pedido exportado para %1</numerusform>
            <numerusform>%n pedidos exportados para %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) with their history to %1</source>
        <translation>
            <numerusform>%n pedido exportado com seu histórico para %1</numerusform>
            <numerusform>%n pedidos exportados com seu histórico para %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deadline(s) to the calendar file %1</source>
        <translation>
            <numerusform>%n prazo exportado para o arquivo de calendário %1</numerusform>
            <numerusform>%n prazos exportados para o arquivo de calendário %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy of your data in another format</source>
        <translation>Salvar uma cópia dos seus dados em outro formato</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando para %1…</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Não foi possível exportar para %1: %2</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>What did you do?</source>
        <translation>O que você fez?</translation>
    </message>
    <message>
        <source>Choose what happened. Finish records it on the order&apos;s timeline, and the app then counts down to what comes next.</source>
        <translation>Escolha o que aconteceu. Concluir registra isso na linha do tempo do pedido, e o app então faz a contagem regressiva até o próximo passo.</translation>
    </message>
    <message>
        <source>I pressed Cancel order (requested cancellation)</source>
        <translation>Cliquei em Cancelar pedido (solicitei o cancelamento)</translation>
    </message>
    <message>
        <source>The seller approved the cancellation</source>
        <translation>O vendedor aprovou o cancelamento</translation>
    </message>
    <message>
        <source>The seller refused</source>
        <translation>O vendedor recusou</translation>
    </message>
    <message>
        <source>The seller says it has shipped</source>
        <translation>O vendedor diz que já enviou</translation>
    </message>
    <message>
        <source>I cancelled it on the order page</source>
        <translation>Cancelei na página do pedido</translation>
    </message>
    <message>
        <source>The money arrived</source>
        <translation>O dinheiro chegou</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>O que aconteceu?</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Nada ainda</translation>
    </message>
    <message>
        <source>Finish records: %1.</source>
        <translation>Concluir registra: %1.</translation>
    </message>
    <message>
        <source>Nothing is recorded. Open this wizard again when something happens.</source>
        <translation>Nada é registrado. Abra este assistente de novo quando algo acontecer.</translation>
    </message>
</context>
<context>
    <name>GuideWizard</name>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Concluir</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guia do usuário</translation>
    </message>
    <message>
        <source>How to use Dispute Desk, step by step</source>
        <translation>Como usar o Dispute Desk, passo a passo</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir pasta de &amp;logs</translation>
    </message>
    <message>
        <source>The folder with the log to attach to a problem report</source>
        <translation>A pasta com o log a anexar a um relatório de problema</translation>
    </message>
    <message>
        <source>&amp;About Dispute Desk</source>
        <translation>&amp;Sobre o Dispute Desk</translation>
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
        <translation>Nenhum arquivo escolhido</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Escolher arquivo…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Escolha o arquivo a importar</translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation>Detectar pelo conteúdo</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato do arquivo</translation>
    </message>
    <message>
        <source>Text encoding of the file</source>
        <translation>Codificação de texto do arquivo</translation>
    </message>
    <message>
        <source>If the titles look garbled in the preview, choose the encoding the file was saved in</source>
        <translation>Se os títulos aparecerem embaralhados na prévia, escolha a codificação em que o arquivo foi salvo</translation>
    </message>
    <message>
        <source>Currency for prices that name none</source>
        <translation>Moeda para preços sem moeda indicada</translation>
    </message>
    <message>
        <source>&amp;Remember as my default</source>
        <translation>&amp;Lembrar como meu padrão</translation>
    </message>
    <message>
        <source>Use this currency for prices that name none in later imports too</source>
        <translation>Usar esta moeda também nas próximas importações para preços sem moeda indicada</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>C&amp;odificação:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moeda:</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation>Escolha um arquivo para ver o que ele contém.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>O que a importação vai fazer</translation>
    </message>
    <message>
        <source>Rows that can&apos;t be imported:</source>
        <translation>Linhas que não podem ser importadas:</translation>
    </message>
    <message>
        <source>Rows that can&apos;t be imported, with their line numbers</source>
        <translation>Linhas que não podem ser importadas, com seus números de linha</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the orders</source>
        <translation>Importar os pedidos</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar importação</translation>
    </message>
    <message>
        <source>Stop the import; nothing is imported</source>
        <translation>Interromper a importação; nada é importado</translation>
    </message>
    <message>
        <source>Order files (*.csv *.json *.xlsx *.tsv *.txt *.eml *.mbox);;All files (*)</source>
        <translation>Arquivos de pedidos (*.csv *.json *.xlsx *.tsv *.txt *.eml *.mbox);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lendo o arquivo…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>from the settings (%1)</source>
        <translation>das configurações (%1)</translation>
    </message>
    <message>
        <source>Cancelling… nothing of this import will be saved.</source>
        <translation>Cancelando… nada desta importação será salvo.</translation>
    </message>
    <message>
        <source>Detect from the content (found: %1)</source>
        <translation>Detectar pelo conteúdo (encontrado: %1)</translation>
    </message>
    <message>
        <source>%1, read as %2</source>
        <translation>%1, lido como %2</translation>
    </message>
    <message>
        <source>%1: %2 to add, %3 to update, %4 unchanged, %5 skipped.</source>
        <translation>%1: %2 a adicionar, %3 a atualizar, %4 inalterados, %5 ignorados.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file can&apos;t be read (listed below).</source>
        <translation>
            <numerusform>%n linha do arquivo não pode ser lida (listada abaixo).</numerusform>
            <numerusform>%n linhas do arquivo não podem ser lidas (listadas abaixo).</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 added, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation>Concluído: %1 adicionados, %2 atualizados, %3 inalterados, %4 ignorados.</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>A importação falhou: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inalterado</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Loja</translation>
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
        <translation>Linhas %1 do arquivo</translation>
    </message>
</context>
<context>
    <name>ImportWarning</name>
    <message>
        <source>Stores to avoid in this file</source>
        <translation>Lojas a evitar neste arquivo</translation>
    </message>
    <message numerus="yes">
        <source>From stores you marked to avoid: %1 (%n order(s) to add).</source>
        <translation>
            <numerusform>De lojas que você marcou para evitar: %1 (%n pedido a adicionar).</numerusform>
            <numerusform>De lojas que você marcou para evitar: %1 (%n pedidos a adicionar).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsTabs</name>
    <message>
        <source>Views</source>
        <translation>Visualizações</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Pedidos</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Estatísticas</translation>
    </message>
    <message>
        <source>S&amp;tores</source>
        <translation>&amp;Lojas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
</context>
<context>
    <name>ItemsSection</name>
    <message>
        <source>Items and their disputes</source>
        <translation>Itens e suas disputas</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Refunded in all: %1 of %2</source>
        <translation>Reembolsado no total: %1 de %2</translation>
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
        <translation>Na disputa sobre o pedido inteiro</translation>
    </message>
    <message>
        <source>Refund received: %1</source>
        <translation>Reembolso recebido: %1</translation>
    </message>
    <message>
        <source>%1, asked %2</source>
        <translation>%1, solicitado: %2</translation>
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
        <translation>O idioma da janela e das datas, números e valores exibidos nela. Por padrão, o Dispute Desk usa o idioma do seu sistema quando o conhece; caso contrário, inglês.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Padrão do sistema (%1)</translation>
    </message>
    <message>
        <source>When the language changes</source>
        <translation>Quando o idioma muda</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Dispute Desk speaks %1 from its next start: close it and open it again.</source>
        <translation>O Dispute Desk passará a usar %1 na próxima vez que for iniciado: feche-o e abra-o de novo.</translation>
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
        <translation>Selecione um pedido para ver seus prazos e histórico.</translation>
    </message>
    <message>
        <source>Loading sample orders…</source>
        <translation>Carregando pedidos de exemplo…</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Desfeito: %1.</translation>
    </message>
    <message>
        <source>Done again: %1.</source>
        <translation>Refeito: %1.</translation>
    </message>
    <message>
        <source>Quit Dispute Desk</source>
        <translation>Sair do Dispute Desk</translation>
    </message>
    <message>
        <source>Something you typed has not been saved yet. Quit anyway and lose it?</source>
        <translation>Algo que você digitou ainda não foi salvo. Sair mesmo assim e perder isso?</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import orders from an export file or e-mails</source>
        <translation>Importar pedidos de um arquivo exportado ou de e-mails</translation>
    </message>
    <message>
        <source>Add from order &amp;page text…</source>
        <translation>Adicionar do texto da &amp;página do pedido…</translation>
    </message>
    <message>
        <source>Paste an order page and add the order</source>
        <translation>Colar a página de um pedido e adicionar o pedido</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Novo pedido…</translation>
    </message>
    <message>
        <source>Add an order</source>
        <translation>Adicionar um pedido</translation>
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
        <translation>Verificar se é possível abrir uma disputa e prepará-la</translation>
    </message>
    <message>
        <source>&amp;Cancel order…</source>
        <translation>&amp;Cancelar pedido…</translation>
    </message>
    <message>
        <source>What to do to cancel the order, step by step</source>
        <translation>O que fazer para cancelar o pedido, passo a passo</translation>
    </message>
    <message>
        <source>&amp;Open order</source>
        <translation>&amp;Abrir pedido</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Mover para a &amp;lixeira</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Remove sample orders</source>
        <translation>Remover pedidos de exemplo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Pedido</translation>
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
        <translation>Mensagem para o vendedor</translation>
    </message>
    <message>
        <source>Send it in the chat on the order page. Edit the draft as you like.</source>
        <translation>Envie-a no chat da página do pedido. Edite o rascunho como quiser.</translation>
    </message>
    <message>
        <source>Copied. Paste it into the chat with the seller.</source>
        <translation>Copiado. Cole no chat com o vendedor.</translation>
    </message>
    <message>
        <source>About the order number</source>
        <translation>Sobre o número do pedido</translation>
    </message>
    <message>
        <source>The draft names your order number, %1, so the seller finds the order.</source>
        <translation>O rascunho cita o número do seu pedido, %1, para que o vendedor encontre o pedido.</translation>
    </message>
    <message>
        <source>The draft no longer names your order number, %1: the seller needs it.</source>
        <translation>O rascunho não cita mais o número do seu pedido, %1: o vendedor precisa dele.</translation>
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
        <translation>Copiar a &amp;tabela inteira</translation>
    </message>
</context>
<context>
    <name>OrderCommands</name>
    <message>
        <source>Move to trash</source>
        <translation>Mover para a lixeira</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n order(s) to the trash. Undo with %1.</source>
        <translation>
            <numerusform>%n pedido movido para a lixeira. Desfaça com %1.</numerusform>
            <numerusform>%n pedidos movidos para a lixeira. Desfaça com %1.</numerusform>
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
        <translation>Detalhes do pedido</translation>
    </message>
    <message>
        <source>Select an order to see its deadlines and history.</source>
        <translation>Selecione um pedido para ver seus prazos e histórico.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Prazos</translation>
    </message>
    <message>
        <source>Record what happened</source>
        <translation>Registrar o que aconteceu</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número do pedido</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the order number</source>
        <translation>Copiar o número do pedido</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the order</source>
        <translation>Editar o pedido</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover para a lixeira</translation>
    </message>
    <message>
        <source>Move the order to the trash</source>
        <translation>Mover o pedido para a lixeira</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore the order from the trash</source>
        <translation>Restaurar o pedido da lixeira</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Cancelar pedido…</translation>
    </message>
    <message>
        <source>Guide: cancel this order</source>
        <translation>Guia: cancelar este pedido</translation>
    </message>
    <message>
        <source>What to do to cancel this order, and what happens next</source>
        <translation>O que fazer para cancelar este pedido e o que acontece depois</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nova nota</translation>
    </message>
    <message>
        <source>A note for the timeline: what the seller said, a promise…</source>
        <translation>Uma nota para a linha do tempo: o que o vendedor disse, uma promessa…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Adicionar nota</translation>
    </message>
    <message>
        <source>Add the note to the timeline</source>
        <translation>Adicionar a nota à linha do tempo</translation>
    </message>
    <message>
        <source>Add the note to the timeline (Ctrl+Enter)</source>
        <translation>Adicionar a nota à linha do tempo (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Provas</translation>
    </message>
    <message>
        <source>No other open deadlines: the dispute&apos;s dates are above.</source>
        <translation>Nenhum outro prazo em aberto: as datas da disputa estão acima.</translation>
    </message>
    <message>
        <source>%1 · in the trash</source>
        <translation>%1 · na lixeira</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Loja: %1</translation>
    </message>
    <message>
        <source>Total: %1 · paid by %2</source>
        <translation>Total: %1 · pago com %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Restore the order to record what happened.</source>
        <translation>Restaure o pedido para registrar o que aconteceu.</translation>
    </message>
    <message>
        <source>Nothing to record right now.</source>
        <translation>Nada a registrar agora.</translation>
    </message>
    <message numerus="yes">
        <source>• and %n more item(s)</source>
        <translation>
            <numerusform>• e mais %n item</numerusform>
            <numerusform>• e mais %n itens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderEditorDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>Descartar alterações?</translation>
    </message>
    <message>
        <source>What you typed in this dialog will be lost.</source>
        <translation>O que você digitou nesta caixa de diálogo será perdido.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Carteira digital</translation>
    </message>
    <message>
        <source>Marketplace balance</source>
        <translation>Saldo da plataforma</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Add order</source>
        <translation>Adicionar pedido</translation>
    </message>
    <message>
        <source>Edit order %1</source>
        <translation>Editar pedido %1</translation>
    </message>
    <message>
        <source>e.g. 8196543210987654</source>
        <translation>ex.: 8196543210987654</translation>
    </message>
    <message>
        <source>About the order number</source>
        <translation>Sobre o número do pedido</translation>
    </message>
    <message>
        <source>Order &amp;number</source>
        <translation>&amp;Número do pedido</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Loja</translation>
    </message>
    <message>
        <source>What you ordered</source>
        <translation>O que você comprou</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>e.g. &quot;US $12.34&quot; or &quot;12,34&quot;</source>
        <translation>ex.: &quot;US $12.34&quot; ou &quot;12,34&quot;</translation>
    </message>
    <message>
        <source>Total as read</source>
        <translation>Total lido</translation>
    </message>
    <message>
        <source>T&amp;otal</source>
        <translation>T&amp;otal</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Moeda</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Não registrado</translation>
    </message>
    <message>
        <source>&amp;Payment method</source>
        <translation>&amp;Forma de pagamento</translation>
    </message>
    <message>
        <source>Ordered at</source>
        <translation>Data do pedido</translation>
    </message>
    <message>
        <source>Pai&amp;d</source>
        <translation>Pa&amp;go</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Data do pagamento</translation>
    </message>
    <message>
        <source>Change it in Settings → Rules. Countdowns are exact in any zone.</source>
        <translation>Altere em Configurações → Regras. As contagens regressivas são exatas em qualquer fuso.</translation>
    </message>
    <message>
        <source>Ship-by countdown</source>
        <translation>Contagem do prazo de envio</translation>
    </message>
    <message>
        <source>Ship-&amp;by countdown</source>
        <translation>Contagem do prazo de &amp;envio</translation>
    </message>
    <message>
        <source>Ordered &amp;at</source>
        <translation>Data do pe&amp;dido</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>P&amp;rocessing time</source>
        <translation>Tempo de p&amp;rocessamento</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>Not&amp;a</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Dates as on the order page, in this computer&apos;s time zone (%1).</source>
        <translation>Datas como na página do pedido, no fuso horário deste computador (%1).</translation>
    </message>
    <message>
        <source>Dates as on the order page, in %1 (%2).</source>
        <translation>Datas como na página do pedido, em %1 (%2).</translation>
    </message>
    <message>
        <source>Enter the total.</source>
        <translation>Informe o total.</translation>
    </message>
    <message>
        <source>The order date is in the future.</source>
        <translation>A data do pedido está no futuro.</translation>
    </message>
    <message>
        <source>The payment time is in the future.</source>
        <translation>A data do pagamento está no futuro.</translation>
    </message>
    <message>
        <source>The payment time is before the order time.</source>
        <translation>A data do pagamento é anterior à do pedido.</translation>
    </message>
    <message>
        <source>Enter the store&apos;s name.</source>
        <translation>Informe o nome da loja.</translation>
    </message>
    <message>
        <source>Enter what you ordered.</source>
        <translation>Informe o que você comprou.</translation>
    </message>
    <message>
        <source>Enter a currency code such as USD or EUR.</source>
        <translation>Informe um código de moeda, como USD ou EUR.</translation>
    </message>
    <message>
        <source>Unknown currency &quot;%1&quot;: use an ISO code such as USD or EUR.</source>
        <translation>Moeda desconhecida &quot;%1&quot;: use um código ISO, como USD ou EUR.</translation>
    </message>
    <message>
        <source>To save: %1</source>
        <translation>Para salvar: %1</translation>
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
        <translation>Vence em até 48 horas</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Vence em até 7 dias</translation>
    </message>
    <message>
        <source>Due within 14 days</source>
        <translation>Vence em até 14 dias</translation>
    </message>
    <message>
        <source>More than 14 days left</source>
        <translation>Mais de 14 dias restantes</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Próximo prazo</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>Waiting, nothing to do</source>
        <translation>Aguardando, nada a fazer</translation>
    </message>
    <message>
        <source>No open deadline</source>
        <translation>Nenhum prazo em aberto</translation>
    </message>
    <message>
        <source>%1: %2, due %3</source>
        <translation>%1: %2, vence em %3</translation>
    </message>
    <message>
        <source>Sample order (made up)</source>
        <translation>Pedido de exemplo (fictício)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n items</source>
        <translation>
            <numerusform>%1 · %n item</numerusform>
            <numerusform>%1 · %n itens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderListPanel</name>
    <message>
        <source>Order views</source>
        <translation>Visualizações de pedidos</translation>
    </message>
    <message>
        <source>Search order, store, title, tracking</source>
        <translation>Buscar pedido, loja, título, rastreio</translation>
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
        <translation>Buscar em todos os pedidos</translation>
    </message>
    <message>
        <source>No orders match “%1”.</source>
        <translation>Nenhum pedido corresponde a “%1”.</translation>
    </message>
    <message>
        <source>No orders in %1 match “%2”.</source>
        <translation>Nenhum pedido em %1 corresponde a “%2”.</translation>
    </message>
    <message numerus="yes">
        <source>Other views hold %n matching order(s).</source>
        <translation>
            <numerusform>Outras visualizações têm %n pedido correspondente.</numerusform>
            <numerusform>Outras visualizações têm %n pedidos correspondentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Nada precisa da sua atenção.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>A lixeira está vazia.</translation>
    </message>
    <message>
        <source>No orders in %1.</source>
        <translation>Nenhum pedido em %1.</translation>
    </message>
</context>
<context>
    <name>OrderNumber</name>
    <message>
        <source>Enter the order number.</source>
        <translation>Informe o número do pedido.</translation>
    </message>
    <message>
        <source>The number contains a line break, a tab or another invisible character.</source>
        <translation>O número contém uma quebra de linha, uma tabulação ou outro caractere invisível.</translation>
    </message>
    <message>
        <source>The number contains a space: copy the number alone.</source>
        <translation>O número contém um espaço: copie só o número.</translation>
    </message>
    <message>
        <source>An order number can&apos;t contain / or \ or ..</source>
        <translation>Um número de pedido não pode conter / nem \ nem ..</translation>
    </message>
    <message>
        <source>An order number has only letters, digits, - and _; this one has “%1”.</source>
        <translation>Um número de pedido tem só letras, dígitos, - e _; este tem “%1”.</translation>
    </message>
    <message>
        <source>Not an AliExpress order number (those have %1 to %2 digits); fine if it is from another shop.</source>
        <translation>Não é um número de pedido do AliExpress (esses têm de %1 a %2 dígitos); tudo bem se for de outra loja.</translation>
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
        <translation>%1 (sem espaço nesta largura)</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Time left until the order&apos;s next deadline</source>
        <translation>Tempo restante até o próximo prazo do pedido</translation>
    </message>
</context>
<context>
    <name>PasteOrderDialog</name>
    <message>
        <source>Add an order from its page</source>
        <translation>Adicionar um pedido a partir da página dele</translation>
    </message>
    <message>
        <source>Open the order on AliExpress, select the page (Ctrl+A), copy it and paste it here. What is recognized shows on the right; check it and fill in what is missing.</source>
        <translation>Abra o pedido no AliExpress, selecione a página (Ctrl+A), copie e cole aqui. O que for reconhecido aparece à direita; confira e preencha o que faltar.</translation>
    </message>
    <message>
        <source>Paste the order page here</source>
        <translation>Cole aqui a página do pedido</translation>
    </message>
    <message>
        <source>Pasted order page text</source>
        <translation>Texto colado da página do pedido</translation>
    </message>
    <message>
        <source>What was recognized</source>
        <translation>O que foi reconhecido</translation>
    </message>
    <message>
        <source>Recognized</source>
        <translation>Reconhecido</translation>
    </message>
    <message>
        <source>What is still needed</source>
        <translation>O que ainda falta</translation>
    </message>
    <message>
        <source>&amp;Add order</source>
        <translation>&amp;Adicionar pedido</translation>
    </message>
    <message>
        <source>Add the order</source>
        <translation>Adicionar o pedido</translation>
    </message>
    <message>
        <source>Timer on the page: %1</source>
        <translation>Contador na página: %1</translation>
    </message>
    <message>
        <source>Payment method on the page: %1</source>
        <translation>Forma de pagamento na página: %1</translation>
    </message>
    <message>
        <source>Nothing recognized yet.</source>
        <translation>Nada reconhecido ainda.</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>número do pedido</translation>
    </message>
    <message>
        <source>store</source>
        <translation>loja</translation>
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
        <translation>moeda</translation>
    </message>
    <message>
        <source>order date</source>
        <translation>data do pedido</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Ainda falta: %1</translation>
    </message>
</context>
<context>
    <name>PastedFields</name>
    <message>
        <source>Order &amp;number:</source>
        <translation>&amp;Número do pedido:</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Loja:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>T&amp;otal:</source>
        <translation>T&amp;otal:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moeda:</translation>
    </message>
    <message>
        <source>Or&amp;dered on:</source>
        <translation>&amp;Data do pedido:</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>Data do pa&amp;gamento:</translation>
    </message>
    <message>
        <source>Trac&amp;king number:</source>
        <translation>Código de &amp;rastreio:</translation>
    </message>
    <message>
        <source>Carr&amp;ier:</source>
        <translation>Tr&amp;ansportadora:</translation>
    </message>
    <message>
        <source>the store&apos;s name</source>
        <translation>o nome da loja</translation>
    </message>
    <message>
        <source>what you bought</source>
        <translation>o que você comprou</translation>
    </message>
    <message>
        <source>not paid yet, or not shown</source>
        <translation>ainda não pago, ou não exibido</translation>
    </message>
    <message>
        <source>not shipped yet, or not shown</source>
        <translation>ainda não enviado, ou não exibido</translation>
    </message>
    <message>
        <source>Status on the page</source>
        <translation>Status na página</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>No countdown</source>
        <translation>Sem contagem regressiva</translation>
    </message>
    <message>
        <source>Buyer protection ends (delivery confirmation)</source>
        <translation>Fim da proteção ao comprador (confirmação de entrega)</translation>
    </message>
    <message>
        <source>The seller must ship by</source>
        <translation>O vendedor deve enviar até</translation>
    </message>
    <message>
        <source>What the countdown counts down to</source>
        <translation>O que a contagem regressiva marca</translation>
    </message>
    <message>
        <source>Countdown on the order page</source>
        <translation>Contagem regressiva na página do pedido</translation>
    </message>
    <message>
        <source>&amp;Countdown:</source>
        <translation>&amp;Contagem regressiva:</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Não exibido</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Forma de pagamento</translation>
    </message>
    <message>
        <source>Pa&amp;yment method:</source>
        <translation>&amp;Forma de pagamento:</translation>
    </message>
    <message>
        <source>Processing time in days</source>
        <translation>Tempo de processamento em dias</translation>
    </message>
    <message>
        <source>Processin&amp;g time:</source>
        <translation>Tempo de &amp;processamento:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>não exibido</translation>
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
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>In days</source>
        <translation>Em dias</translation>
    </message>
    <message>
        <source>Ship-by countdown on the order page</source>
        <translation>Contagem do prazo de envio na página do pedido</translation>
    </message>
    <message>
        <source>Processing time is given as</source>
        <translation>O tempo de processamento é informado como</translation>
    </message>
    <message>
        <source>Processing days</source>
        <translation>Dias de processamento</translation>
    </message>
    <message>
        <source>Ship-by countdown</source>
        <translation>Contagem do prazo de envio</translation>
    </message>
    <message>
        <source>Enter the ship-by countdown, or choose another way to give the processing time.</source>
        <translation>Informe a contagem do prazo de envio ou escolha outra forma de informar o tempo de processamento.</translation>
    </message>
</context>
<context>
    <name>ProtectionField</name>
    <message>
        <source>Protection given as</source>
        <translation>Proteção informada como</translation>
    </message>
    <message>
        <source>Protection countdown</source>
        <translation>Contagem da proteção</translation>
    </message>
    <message>
        <source>As the order page shows it now; counted from now, not from when it happened.</source>
        <translation>Como a página do pedido mostra agora; contado a partir de agora, não de quando aconteceu.</translation>
    </message>
    <message>
        <source>Protection ends</source>
        <translation>Fim da proteção</translation>
    </message>
    <message>
        <source>Extended by days</source>
        <translation>Prorrogação em dias</translation>
    </message>
    <message>
        <source>Enter the countdown the order page shows.</source>
        <translation>Informe a contagem regressiva que a página do pedido mostra.</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <source>“%1” is not a rate (try %2).</source>
        <translation>“%1” não é uma taxa (tente %2).</translation>
    </message>
    <message>
        <source>A rate must be a positive number.</source>
        <translation>A taxa deve ser um número positivo.</translation>
    </message>
    <message>
        <source>Statistics show money per currency and never add currencies together. If you enter rates to a home currency here, they also show an estimated total in it, marked as converted. A rate applies from its date until the next one; nothing is fetched online. Changes here are saved as soon as you make them.</source>
        <translation>As estatísticas mostram valores por moeda e nunca somam moedas diferentes. Se você informar aqui taxas para uma moeda principal, elas também mostram um total estimado nessa moeda, marcado como convertido. Uma taxa vale da sua data até a próxima; nada é buscado on-line. As alterações aqui são salvas assim que você as faz.</translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation>Moeda principal</translation>
    </message>
    <message>
        <source>None (no converted totals)</source>
        <translation>Nenhuma (sem totais convertidos)</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Taxas de câmbio</translation>
    </message>
    <message>
        <source>Currency of the new rate</source>
        <translation>Moeda da nova taxa</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válida a partir de</translation>
    </message>
    <message>
        <source>Rate: home currency units for one unit</source>
        <translation>Taxa: unidades da moeda principal por uma unidade</translation>
    </message>
    <message>
        <source>&amp;Add rate</source>
        <translation>&amp;Adicionar taxa</translation>
    </message>
    <message>
        <source>&amp;Remove rate</source>
        <translation>Remo&amp;ver taxa</translation>
    </message>
    <message>
        <source>&amp;Home currency:</source>
        <translation>Moeda &amp;principal:</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>a partir de</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>From</source>
        <translation>A partir de</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <source>Choose a home currency to enter rates.</source>
        <translation>Escolha uma moeda principal para informar taxas.</translation>
    </message>
    <message>
        <source>Saved: 1 %1 = %2 %3 from %4.</source>
        <translation>Salvo: 1 %1 = %2 %3 a partir de %4.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Removida.</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <source>What went wrong?</source>
        <translation>O que deu errado?</translation>
    </message>
    <message>
        <source>Order %1 from %2: %3.</source>
        <translation>Pedido %1 de %2: %3.</translation>
    </message>
    <message>
        <source>Did the parcel arrive?</source>
        <translation>A encomenda chegou?</translation>
    </message>
    <message>
        <source>No, I &amp;haven&apos;t received it</source>
        <translation>&amp;Não, não recebi</translation>
    </message>
    <message>
        <source>&amp;Yes, but something is wrong with it</source>
        <translation>&amp;Sim, mas há algo errado</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Não recebido</translation>
    </message>
    <message>
        <source>Received with a problem</source>
        <translation>Recebido com problema</translation>
    </message>
    <message>
        <source>What exactly?</source>
        <translation>O que exatamente?</translation>
    </message>
    <message>
        <source>Which item is it about?</source>
        <translation>A qual item se refere?</translation>
    </message>
    <message>
        <source>The &amp;whole order (the same dispute for every item)</source>
        <translation>O pedido &amp;inteiro (a mesma disputa para todos os itens)</translation>
    </message>
    <message>
        <source>The whole order</source>
        <translation>O pedido inteiro</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Item %1: %2</translation>
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
        <translation>O que você pede?</translation>
    </message>
    <message>
        <source>The order total is %1.</source>
        <translation>O total do pedido é %1.</translation>
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
        <translation>Valor em %1</translation>
    </message>
    <message>
        <source>Partial refund amount in %1</source>
        <translation>Valor do reembolso parcial em %1</translation>
    </message>
    <message>
        <source>Problem with the amount</source>
        <translation>Problema com o valor</translation>
    </message>
    <message>
        <source>&amp;Return the item (for a full refund)</source>
        <translation>&amp;Devolver o item (para reembolso total)</translation>
    </message>
    <message>
        <source>Return the item</source>
        <translation>Devolver o item</translation>
    </message>
    <message>
        <source>Usual outcome</source>
        <translation>Resultado habitual</translation>
    </message>
    <message>
        <source>Item %1 cost %2.</source>
        <translation>O item %1 custou %2.</translation>
    </message>
    <message>
        <source>Usually: a full refund.</source>
        <translation>Normalmente: reembolso total.</translation>
    </message>
    <message>
        <source>Usually: a partial refund while you keep the item, or a full refund if you send it back.</source>
        <translation>Normalmente: reembolso parcial se você ficar com o item, ou reembolso total se devolvê-lo.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>O valor deve ser maior que zero.</translation>
    </message>
    <message>
        <source>That is more than the order total, %1.</source>
        <translation>Isso é mais que o total do pedido, %1.</translation>
    </message>
    <message>
        <source>That is more than the item cost, %1.</source>
        <translation>Isso é mais que o custo do item, %1.</translation>
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
        <translation>O Dispute Desk continua em execução</translation>
    </message>
    <message>
        <source>It keeps reminding you of deadlines from the tray. To quit, choose Quit in the tray&apos;s menu.</source>
        <translation>Ele continua lembrando você dos prazos pela bandeja do sistema. Para sair, escolha Sair no menu da bandeja.</translation>
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
        <translation>&amp;Abrir o Dispute Desk</translation>
    </message>
    <message>
        <source>Pause reminders for 1 &amp;hour</source>
        <translation>Pausar lembretes por 1 &amp;hora</translation>
    </message>
    <message>
        <source>Pause reminders until &amp;tomorrow</source>
        <translation>Pausar lembretes até &amp;amanhã</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>&amp;Retomar lembretes</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message numerus="yes">
        <source>Dispute Desk: %n order(s) needing attention</source>
        <translation>
            <numerusform>Dispute Desk: %n pedido precisa de atenção</numerusform>
            <numerusform>Dispute Desk: %n pedidos precisam de atenção</numerusform>
        </translation>
    </message>
    <message>
        <source>Dispute Desk</source>
        <translation>Dispute Desk</translation>
    </message>
    <message>
        <source>Reminders paused until %1</source>
        <translation>Lembretes pausados até %1</translation>
    </message>
    <message>
        <source>%1 – %2 in %3</source>
        <translation>%1 – %2 em %3</translation>
    </message>
    <message>
        <source>No deadline within a week</source>
        <translation>Nenhum prazo nos próximos 7 dias</translation>
    </message>
    <message>
        <source>&amp;Resume reminders (paused until %1)</source>
        <translation>&amp;Retomar lembretes (pausados até %1)</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation>Lembretes</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Remind me of deadlines with desktop &amp;notifications</source>
        <translation>Lembrar-me dos prazos com &amp;notificações na área de trabalho</translation>
    </message>
    <message>
        <source>Remind me this long before a deadline</source>
        <translation>Antecedência dos lembretes antes de um prazo</translation>
    </message>
    <message>
        <source>Durations such as 7d, 48h, 90m, separated by commas</source>
        <translation>Durações como 7d, 48h, 90m, separadas por vírgulas</translation>
    </message>
    <message>
        <source>Each deadline is reminded once at each of these times before it. When several have passed at once (the computer was off), only the shortest is sent.</source>
        <translation>Cada prazo é lembrado uma vez em cada um destes momentos antes dele. Quando vários já passaram de uma vez (o computador estava desligado), só o mais curto é enviado.</translation>
    </message>
    <message>
        <source>&amp;Quiet hours from</source>
        <translation>&amp;Silenciar de</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Início do horário de silêncio</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fim do horário de silêncio</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>Reminders wait until quiet hours end, unless a deadline would pass before.</source>
        <translation>Os lembretes esperam o fim do horário de silêncio, a menos que um prazo vença antes disso.</translation>
    </message>
    <message>
        <source>Remind me &amp;before a deadline:</source>
        <translation>&amp;Lembrar antes de um prazo:</translation>
    </message>
    <message>
        <source>Tray and login</source>
        <translation>Bandeja e inicialização</translation>
    </message>
    <message>
        <source>Keep running in the &amp;tray when the window is closed</source>
        <translation>Continuar rodando na ban&amp;deja quando a janela for fechada</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons.</source>
        <translation>Esta área de trabalho não mostra ícones na bandeja.</translation>
    </message>
    <message>
        <source>Start Dispute Desk when I &amp;log in (in the tray)</source>
        <translation>Iniciar o Dispute Desk quando eu fi&amp;zer login (na bandeja)</translation>
    </message>
    <message>
        <source>Not available on this system.</source>
        <translation>Não disponível neste sistema.</translation>
    </message>
    <message>
        <source>While Dispute Desk is closed</source>
        <translation>Enquanto o Dispute Desk estiver fechado</translation>
    </message>
    <message>
        <source>To get reminders every 15 minutes while the app is closed, run this once in a command prompt:</source>
        <translation>Para receber lembretes a cada 15 minutos com o app fechado, execute isto uma vez em um prompt de comando:</translation>
    </message>
    <message>
        <source>To get reminders every 15 minutes while the app is closed, add this line to your crontab (crontab -e):</source>
        <translation>Para receber lembretes a cada 15 minutos com o app fechado, adicione esta linha ao seu crontab (crontab -e):</translation>
    </message>
    <message>
        <source>The line to install</source>
        <translation>A linha a instalar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the line to install</source>
        <translation>Copiar a linha a instalar</translation>
    </message>
    <message>
        <source>Or let systemd run it:</source>
        <translation>Ou deixe o systemd executá-lo:</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <source>Keep a calendar &amp;file of the deadlines for my calendar app</source>
        <translation>Manter um &amp;arquivo de calendário dos prazos para meu app de calendário</translation>
    </message>
    <message>
        <source>Subscribe to this file in your calendar app: it is rewritten whenever a deadline changes, with alarms at the times above.</source>
        <translation>Assine este arquivo no seu app de calendário: ele é reescrito sempre que um prazo muda, com alarmes nos momentos definidos acima.</translation>
    </message>
    <message>
        <source>The calendar file</source>
        <translation>O arquivo de calendário</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Copy the calendar file&apos;s location</source>
        <translation>Copiar o local do arquivo de calendário</translation>
    </message>
    <message>
        <source>Entry: %1</source>
        <translation>Entrada: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Não foi possível salvar: %1</translation>
    </message>
    <message>
        <source>Remove the systemd &amp;timer</source>
        <translation>Remover o &amp;timer do systemd</translation>
    </message>
    <message>
        <source>Install a systemd &amp;timer</source>
        <translation>Instalar um &amp;timer do systemd</translation>
    </message>
    <message>
        <source>Installed: systemd runs the reminders every 15 minutes (%1).</source>
        <translation>Instalado: o systemd executa os lembretes a cada 15 minutos (%1).</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Não instalado.</translation>
    </message>
    <message>
        <source>systemd refused: %1</source>
        <translation>O systemd recusou: %1</translation>
    </message>
</context>
<context>
    <name>ReportRow</name>
    <message>
        <source>Order %1 · %2 · due %3</source>
        <translation>Pedido %1 · %2 · vence em %3</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open order %1</source>
        <translation>Abrir pedido %1</translation>
    </message>
    <message>
        <source>Show order %1 in the main window</source>
        <translation>Mostrar o pedido %1 na janela principal</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>You are looking at sample orders. They are made up and marked as such.</source>
        <translation>Você está vendo pedidos de exemplo. Eles são fictícios e estão marcados como tal.</translation>
    </message>
    <message>
        <source>Remove sample orders</source>
        <translation>Remover pedidos de exemplo</translation>
    </message>
</context>
<context>
    <name>SampleOrders</name>
    <message>
        <source>Remove sample orders</source>
        <translation>Remover pedidos de exemplo</translation>
    </message>
    <message>
        <source>Remove every sample order? Your own orders stay.</source>
        <translation>Remover todos os pedidos de exemplo? Seus próprios pedidos permanecem.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Settings: deadline rules</source>
        <translation>Configurações: regras de prazos</translation>
    </message>
    <message>
        <source>Deadlines are worked out from these numbers. They come from the platform&apos;s rules, its help centre and buyers&apos; guides, and sources disagree: if your order page says otherwise, change the value here. Every order&apos;s deadlines are recalculated when you apply.</source>
        <translation>Os prazos são calculados a partir destes números. Eles vêm das regras da plataforma, da central de ajuda e de guias para compradores, e as fontes divergem: se a página do seu pedido disser outra coisa, altere o valor aqui. Os prazos de todos os pedidos são recalculados quando você aplica.</translation>
    </message>
    <message>
        <source>Deadline &amp;rules</source>
        <translation>&amp;Regras de prazos</translation>
    </message>
    <message>
        <source>R&amp;eminders</source>
        <translation>L&amp;embretes</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Backups</translation>
    </message>
    <message>
        <source>&amp;Currencies</source>
        <translation>&amp;Moedas</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Recalculating deadlines</source>
        <translation>Recalculando prazos</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>Status das configurações</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Salvar e fechar</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Salvar as alterações</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fechar sem salvar</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be saved; the rest were saved.</source>
        <translation>
            <numerusform>%n valor não pôde ser salvo; os demais foram salvos.</numerusform>
            <numerusform>%n valores não puderam ser salvos; os demais foram salvos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be saved.</source>
        <translation>
            <numerusform>%n valor não pôde ser salvo.</numerusform>
            <numerusform>%n valores não puderam ser salvos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. Every order&apos;s deadlines were recalculated.</source>
        <translation>Salvo. Os prazos de todos os pedidos foram recalculados.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Não foi possível salvar: %1</translation>
    </message>
    <message>
        <source>Recalculating the deadlines of every order…</source>
        <translation>Recalculando os prazos de todos os pedidos…</translation>
    </message>
    <message>
        <source>this computer&apos;s time zone</source>
        <translation>o fuso horário deste computador</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>The sources disagree:</source>
        <translation>As fontes divergem:</translation>
    </message>
    <message>
        <source>%1 (%2): %3 — %4</source>
        <translation>%1 (%2): %3 — %4</translation>
    </message>
    <message>
        <source>(in use)</source>
        <translation>(em uso)</translation>
    </message>
    <message>
        <source>Source in use: %1</source>
        <translation>Fonte em uso: %1</translation>
    </message>
    <message>
        <source>Other source: %1</source>
        <translation>Outra fonte: %1</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dias</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>dias úteis</translation>
    </message>
    <message>
        <source>official</source>
        <translation>oficial</translation>
    </message>
    <message>
        <source>Published by the platform in its rules.</source>
        <translation>Publicado pela plataforma nas suas regras.</translation>
    </message>
    <message>
        <source>help centre</source>
        <translation>central de ajuda</translation>
    </message>
    <message>
        <source>Copied from the platform&apos;s help centre or its support answers.</source>
        <translation>Copiado da central de ajuda da plataforma ou das respostas do suporte.</translation>
    </message>
    <message>
        <source>guide</source>
        <translation>guia</translation>
    </message>
    <message>
        <source>From a buyer&apos;s guide or forum; not confirmed by the platform.</source>
        <translation>De um guia para compradores ou fórum; não confirmado pela plataforma.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
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
            <numerusform>%n dia útil</numerusform>
            <numerusform>%n dias úteis</numerusform>
        </translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>até %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>%1, at least</source>
        <translation>%1, no mínimo</translation>
    </message>
    <message>
        <source>%1, at most</source>
        <translation>%1, no máximo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Restaurar padrão</translation>
    </message>
    <message>
        <source>Reset %1 to default</source>
        <translation>Restaurar o padrão de %1</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Padrão: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <source>Source (%2): %1</source>
        <translation>Fonte (%2): %1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Confiabilidade: %1</translation>
    </message>
    <message>
        <source>✎ Changed (default: %1)</source>
        <translation>✎ Alterado (padrão: %1)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Filtrar por ação ou tecla</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Dispute Desk is already open with the data folder {folder}, but it does not answer.

Switch to it, or close it (if it hangs, end it in your system&apos;s task manager) and start Dispute Desk again.</source>
        <translation>O Dispute Desk já está aberto com a pasta de dados {folder}, mas não responde.

Alterne para ele ou feche-o (se estiver travado, encerre-o no gerenciador de tarefas do sistema) e inicie o Dispute Desk novamente.</translation>
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
        <translation>O pedido</translation>
    </message>
    <message>
        <source>Check that this is the order you want to cancel, then say why.</source>
        <translation>Confira se este é o pedido que você quer cancelar e depois diga por quê.</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número do pedido</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>I changed my mind</source>
        <translation>Mudei de ideia</translation>
    </message>
    <message>
        <source>I found it cheaper</source>
        <translation>Encontrei mais barato</translation>
    </message>
    <message>
        <source>The seller is out of stock</source>
        <translation>O vendedor está sem estoque</translation>
    </message>
    <message>
        <source>The seller raised the price</source>
        <translation>O vendedor aumentou o preço</translation>
    </message>
    <message>
        <source>The seller asked me to cancel</source>
        <translation>O vendedor me pediu para cancelar</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Outro motivo</translation>
    </message>
    <message>
        <source>Why do you want to cancel?</source>
        <translation>Por que você quer cancelar?</translation>
    </message>
    <message>
        <source>Choose a reason to see what to do.</source>
        <translation>Escolha um motivo para ver o que fazer.</translation>
    </message>
</context>
<context>
    <name>StartupReportDialog</name>
    <message>
        <source>While you were away</source>
        <translation>Enquanto você esteve fora</translation>
    </message>
    <message>
        <source>Something was left unfinished when Dispute Desk last stopped.</source>
        <translation>Algo ficou inacabado quando o Dispute Desk foi encerrado da última vez.</translation>
    </message>
    <message>
        <source>Since you last opened Dispute Desk (%1), these deadlines passed or came close.</source>
        <translation>Desde que você abriu o Dispute Desk pela última vez (%1), estes prazos venceram ou se aproximaram.</translation>
    </message>
    <message>
        <source>These deadlines passed or came close.</source>
        <translation>Estes prazos venceram ou se aproximaram.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue while you were away (%n)</source>
        <translation>
            <numerusform>Vencido enquanto você esteve fora (%n)</numerusform>
            <numerusform>Vencidos enquanto você esteve fora (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due within 48 hours (%n)</source>
        <translation>
            <numerusform>Vence em até 48 horas (%n)</numerusform>
            <numerusform>Vencem em até 48 horas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the report</source>
        <translation>Fechar o relatório</translation>
    </message>
    <message>
        <source>The import of %1 started %2 was stopped before it finished. Nothing of it was saved: import the file again.</source>
        <translation>A importação de %1 iniciada em %2 foi interrompida antes de terminar. Nada dela foi salvo: importe o arquivo novamente.</translation>
    </message>
    <message>
        <source>The restore from %1 started %2 was stopped before it finished. The data is either as it was before or the whole backup, never a mix: check the list, and restore again if it is not what you expect.</source>
        <translation>A restauração de %1 iniciada em %2 foi interrompida antes de terminar. Os dados estão como estavam antes ou com o backup inteiro, nunca uma mistura: confira a lista e restaure de novo se não for o que você espera.</translation>
    </message>
    <message>
        <source>An upgrade of the data (%1) started %2 was stopped; it was made again when the app started, from the copy kept in the backups folder.</source>
        <translation>Uma atualização dos dados (%1) iniciada em %2 foi interrompida; ela foi refeita quando o app iniciou, a partir da cópia guardada na pasta de backups.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>um arquivo</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more: see the “Needs attention” view.</source>
        <translation>
            <numerusform>…e mais %n: veja a visualização “Precisa de atenção”.</numerusform>
            <numerusform>…e mais %n: veja a visualização “Precisa de atenção”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primeiro dia</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último dia</translation>
    </message>
    <message>
        <source>Currency of the money charts</source>
        <translation>Moeda dos gráficos de valores</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Todas as moedas</translation>
    </message>
    <message>
        <source>Summary of the period</source>
        <translation>Resumo do período</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moeda:</translation>
    </message>
    <message>
        <source>Spending per month</source>
        <translation>Gastos por mês</translation>
    </message>
    <message>
        <source>Money disputed and recovered</source>
        <translation>Valores disputados e recuperados</translation>
    </message>
    <message>
        <source>Disputes by reason and outcome</source>
        <translation>Disputas por motivo e resultado</translation>
    </message>
    <message>
        <source>Delivery time (days)</source>
        <translation>Tempo de entrega (dias)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) paid, %1 spent; %2 refunded.</source>
        <translation>
            <numerusform>%n pedido pago; gasto: %1; reembolsado: %2.</numerusform>
            <numerusform>%n pedidos pagos; gasto: %1; reembolsado: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) opened: %1 won, %2 lost, %3 open, %4 cancelled.</source>
        <translation>
            <numerusform>%n disputa aberta: ganhas: %1, perdidas: %2, em aberto: %3, canceladas: %4.</numerusform>
            <numerusform>%n disputas abertas: ganhas: %1, perdidas: %2, em aberto: %3, canceladas: %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Deadline summary</source>
        <translation>Resumo dos prazos</translation>
    </message>
    <message>
        <source>Nothing overdue or due within 48 hours</source>
        <translation>Nada vencido nem vencendo em 48 horas</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) overdue or due within 48 hours · at risk: %1</source>
        <translation>
            <numerusform>%n pedido vencido ou vencendo em 48 horas · em risco: %1</numerusform>
            <numerusform>%n pedidos vencidos ou vencendo em 48 horas · em risco: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreWarning</name>
    <message>
        <source>Store warning</source>
        <translation>Aviso sobre a loja</translation>
    </message>
</context>
<context>
    <name>StoresView</name>
    <message>
        <source>Filter stores by name</source>
        <translation>Filtrar lojas por nome</translation>
    </message>
    <message>
        <source>Filter stores</source>
        <translation>Filtrar lojas</translation>
    </message>
    <message>
        <source>Edit &amp;note</source>
        <translation>Editar &amp;nota</translation>
    </message>
    <message>
        <source>Edit the note of the selected store</source>
        <translation>Editar a nota da loja selecionada</translation>
    </message>
    <message>
        <source>&amp;Avoid this store</source>
        <translation>&amp;Evitar esta loja</translation>
    </message>
    <message>
        <source>Mark the selected store as one to avoid</source>
        <translation>Marcar a loja selecionada como uma loja a evitar</translation>
    </message>
    <message>
        <source>Show &amp;orders</source>
        <translation>Mostrar &amp;pedidos</translation>
    </message>
    <message>
        <source>Show the orders of the selected store</source>
        <translation>Mostrar os pedidos da loja selecionada</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Lojas</translation>
    </message>
    <message>
        <source>Reading the stores…</source>
        <translation>Lendo as lojas…</translation>
    </message>
    <message numerus="yes">
        <source>%n store(s).</source>
        <translation>
            <numerusform>%n loja.</numerusform>
            <numerusform>%n lojas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Nenhum pedido ainda.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
</context>
<context>
    <name>TextPage</name>
    <message>
        <source>The dispute text</source>
        <translation>O texto da disputa</translation>
    </message>
    <message>
        <source>Fill in the […] parts, then paste it into the dispute form.</source>
        <translation>Preencha as partes em […] e cole o texto no formulário da disputa.</translation>
    </message>
    <message>
        <source>Dispute text</source>
        <translation>Texto da disputa</translation>
    </message>
    <message>
        <source>Copied. Paste it into the dispute form.</source>
        <translation>Copiado. Cole no formulário da disputa.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
</context>
<context>
    <name>TimelineList</name>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nada registrado ainda.</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>Dispute Desk user guide</source>
        <translation>Guia do usuário do Dispute Desk</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Abrir no &amp;navegador</translation>
    </message>
</context>
<context>
    <name>VerdictPage</name>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>For this order and your reason, as of now.</source>
        <translation>Para este pedido e o seu motivo, neste momento.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>The wait is over: press Back, then Next, to see what to do now.</source>
        <translation>A espera acabou: clique em Voltar e depois em Próximo para ver o que fazer agora.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>&amp;Ship-by countdown on the order page:</source>
        <translation>Contagem do prazo de &amp;envio na página do pedido:</translation>
    </message>
    <message>
        <source>Ship-by countdown</source>
        <translation>Contagem do prazo de envio</translation>
    </message>
    <message>
        <source>Finish saves this ship-by time on the order.</source>
        <translation>Concluir salva este prazo de envio no pedido.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <source>Until the unpaid order closes by itself</source>
        <translation>Até o pedido não pago ser fechado automaticamente</translation>
    </message>
    <message>
        <source>Until the payment check ends and cancelling becomes possible</source>
        <translation>Até terminar a verificação do pagamento e o cancelamento ser possível</translation>
    </message>
    <message>
        <source>Until the seller&apos;s time to ship runs out</source>
        <translation>Até acabar o prazo de envio do vendedor</translation>
    </message>
    <message>
        <source>Until the request is approved automatically if the seller stays silent</source>
        <translation>Até a solicitação ser aprovada automaticamente se o vendedor não responder</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>the seller&apos;s ship-by time (the processing-time countdown on the order page)</source>
        <translation>o prazo de envio do vendedor (a contagem do tempo de processamento na página do pedido)</translation>
    </message>
    <message>
        <source>when you paid</source>
        <translation>quando você pagou</translation>
    </message>
    <message>
        <source>Not known: %1. The advice doesn&apos;t guess it: type the countdown the order page shows below, or leave it empty.</source>
        <translation>Desconhecido: %1. A orientação não tenta adivinhar: digite abaixo a contagem regressiva que a página do pedido mostra, ou deixe em branco.</translation>
    </message>
    <message>
        <source>Not known: %1. The advice doesn&apos;t guess it, so check the order page.</source>
        <translation>Desconhecido: %1. A orientação não tenta adivinhar, então confira a página do pedido.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Passo %1</translation>
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
        <translation>argumentos posicionais</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta mensagem de ajuda e sair</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar o número de versão do programa e sair</translation>
    </message>
    <message>
        <source>argument {option}: {problem}</source>
        <translation>argumento {option}: {problem}</translation>
    </message>
    <message>
        <source>the following arguments are required: {arguments}</source>
        <translation>os seguintes argumentos são obrigatórios: {arguments}</translation>
    </message>
    <message>
        <source>one of the arguments {arguments} is required</source>
        <translation>um dos argumentos {arguments} é obrigatório</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>argumentos não reconhecidos: {arguments}</translation>
    </message>
    <message>
        <source>not allowed with argument {option}</source>
        <translation>não permitido com o argumento {option}</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>esperado um argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>esperado no máximo um argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>esperado pelo menos um argumento</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>opção inválida: {value} (escolha entre {choices})</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>opção ambígua: {option} pode corresponder a {matches}</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>{path} is a folder; choose a file name for the backup</source>
        <translation>{path} é uma pasta; escolha um nome de arquivo para o backup</translation>
    </message>
    <message>
        <source>{path} is part of the data being backed up; choose another file</source>
        <translation>{path} faz parte dos dados do backup; escolha outro arquivo</translation>
    </message>
    <message>
        <source>the folder {path} does not exist</source>
        <translation>a pasta {path} não existe</translation>
    </message>
    <message>
        <source>there is no data to back up in {path}</source>
        <translation>não há dados para fazer backup em {path}</translation>
    </message>
    <message>
        <source>can&apos;t find a free name for the backup in {path}</source>
        <translation>não foi possível encontrar um nome livre para o backup em {path}</translation>
    </message>
    <message>
        <source>not enough free disk space for the backup: the disk holding {path} has {free} free and the backup needs about {needed}; free some space and try again</source>
        <translation>não há espaço livre suficiente em disco para o backup: o disco com {path} tem {free} livres e o backup precisa de cerca de {needed}; libere espaço e tente novamente</translation>
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
        <translation>{path} já existe; escolha outro nome (um backup nunca sobrescreve um arquivo)</translation>
    </message>
    <message>
        <source>{file} is not a file</source>
        <translation>{file} não é um arquivo</translation>
    </message>
    <message>
        <source>{file} is not a readable zip archive ({reason})</source>
        <translation>{file} não é um arquivo zip legível ({reason})</translation>
    </message>
    <message>
        <source>{file} holds {count} files, more than a backup can ({max_members})</source>
        <translation>{file} contém {count} arquivos, mais do que um backup pode ter ({max_members})</translation>
    </message>
    <message>
        <source>{file} has no {manifest}; it is not a Dispute Desk backup</source>
        <translation>{file} não tem {manifest}; não é um backup do Dispute Desk</translation>
    </message>
    <message>
        <source>{file}: the member name {name} is not a plain path</source>
        <translation>{file}: o nome do item {name} não é um caminho simples</translation>
    </message>
    <message>
        <source>{file}: {name} is a symbolic link; a backup holds only plain files</source>
        <translation>{file}: {name} é um link simbólico; um backup contém apenas arquivos comuns</translation>
    </message>
    <message>
        <source>{file}: {name} is not a plain file</source>
        <translation>{file}: {name} não é um arquivo comum</translation>
    </message>
    <message>
        <source>{file}: unexpected file {name} (not part of a Dispute Desk backup)</source>
        <translation>{file}: arquivo inesperado {name} (não faz parte de um backup do Dispute Desk)</translation>
    </message>
    <message>
        <source>{file}: {name} appears twice</source>
        <translation>{file}: {name} aparece duas vezes</translation>
    </message>
    <message>
        <source>{file}: {name} is encrypted</source>
        <translation>{file}: {name} está criptografado</translation>
    </message>
    <message>
        <source>{file}: {name} uses an unsupported compression method</source>
        <translation>{file}: {name} usa um método de compressão não suportado</translation>
    </message>
    <message>
        <source>{file}: {name} would expand more than {max_ratio} times (a zip bomb?); not restoring it</source>
        <translation>{file}: {name} se expandiria mais de {max_ratio} vezes (uma bomba zip?); não será restaurado</translation>
    </message>
    <message>
        <source>{file} would unpack to {total} bytes, more than the {max_total} a backup may hold</source>
        <translation>{file} seria descompactado em {total} bytes, mais que os {max_total} que um backup pode ter</translation>
    </message>
    <message>
        <source>{file}: {name} is an absolute path; a backup holds only relative names</source>
        <translation>{file}: {name} é um caminho absoluto; um backup contém apenas nomes relativos</translation>
    </message>
    <message>
        <source>{file}: {name} points outside the data folder (&apos;..&apos;)</source>
        <translation>{file}: {name} aponta para fora da pasta de dados (&apos;..&apos;)</translation>
    </message>
    <message>
        <source>{file}: {manifest} is too large</source>
        <translation>{file}: {manifest} é grande demais</translation>
    </message>
    <message>
        <source>{file}: {manifest} can&apos;t be read ({reason})</source>
        <translation>{file}: não é possível ler {manifest} ({reason})</translation>
    </message>
    <message>
        <source>{file}: the manifest lists no database</source>
        <translation>{file}: o manifesto não lista nenhum banco de dados</translation>
    </message>
    <message>
        <source>{file} does not match its manifest (missing {names})</source>
        <translation>{file} não corresponde ao seu manifesto (faltando: {names})</translation>
    </message>
    <message>
        <source>{file} does not match its manifest (not in the manifest: {names})</source>
        <translation>{file} não corresponde ao seu manifesto (fora do manifesto: {names})</translation>
    </message>
    <message>
        <source>{file}: {name} has another size than the manifest says</source>
        <translation>{file}: {name} tem um tamanho diferente do indicado no manifesto</translation>
    </message>
    <message>
        <source>{file}: {name} is longer than the manifest says</source>
        <translation>{file}: {name} é maior do que o manifesto indica</translation>
    </message>
    <message>
        <source>{file}: {name} can&apos;t be read; the archive is damaged ({reason})</source>
        <translation>{file}: não é possível ler {name}; o arquivo compactado está danificado ({reason})</translation>
    </message>
    <message>
        <source>{file}: {name} is shorter than the manifest says; the archive is damaged</source>
        <translation>{file}: {name} é menor do que o manifesto indica; o arquivo compactado está danificado</translation>
    </message>
    <message>
        <source>{file}: {name} does not match its SHA-256 in the manifest; the archive is damaged</source>
        <translation>{file}: {name} não corresponde ao SHA-256 do manifesto; o arquivo compactado está danificado</translation>
    </message>
    <message>
        <source>{file}: {manifest} is not valid ({what})</source>
        <translation>{file}: {manifest} não é válido ({what})</translation>
    </message>
    <message>
        <source>not a Dispute Desk backup manifest</source>
        <translation>não é um manifesto de backup do Dispute Desk</translation>
    </message>
    <message>
        <source>no format version</source>
        <translation>sem versão de formato</translation>
    </message>
    <message>
        <source>{file} was made by a newer Dispute Desk (backup format {version}); update the app</source>
        <translation>{file} foi criado por uma versão mais nova do Dispute Desk (formato de backup {version}); atualize o app</translation>
    </message>
    <message>
        <source>no {key}</source>
        <translation>sem {key}</translation>
    </message>
    <message>
        <source>unknown kind {kind}</source>
        <translation>tipo desconhecido {kind}</translation>
    </message>
    <message>
        <source>created_at is not a time</source>
        <translation>created_at não é uma data e hora</translation>
    </message>
    <message>
        <source>no member list</source>
        <translation>sem lista de itens</translation>
    </message>
    <message>
        <source>a member entry is not an object</source>
        <translation>uma entrada de item não é um objeto</translation>
    </message>
    <message>
        <source>member name {name}</source>
        <translation>nome do item {name}</translation>
    </message>
    <message>
        <source>size of {name}</source>
        <translation>tamanho de {name}</translation>
    </message>
    <message>
        <source>hash of {name}</source>
        <translation>hash de {name}</translation>
    </message>
    <message>
        <source>{file}: {name} holds other content than its name says</source>
        <translation>{file}: o conteúdo de {name} não corresponde ao que o nome indica</translation>
    </message>
    <message>
        <source>the number of daily backups to keep must be a whole number from 0 to 1000</source>
        <translation>o número de backups diários a manter deve ser um número inteiro de 0 a 1000</translation>
    </message>
    <message>
        <source>the number of weekly backups to keep must be a whole number from 0 to 1000</source>
        <translation>o número de backups semanais a manter deve ser um número inteiro de 0 a 1000</translation>
    </message>
    <message>
        <source>the number of monthly backups to keep must be a whole number from 0 to 1000</source>
        <translation>o número de backups mensais a manter deve ser um número inteiro de 0 a 1000</translation>
    </message>
    <message>
        <source>keep at least one automatic backup (daily, weekly or monthly)</source>
        <translation>mantenha pelo menos um backup automático (diário, semanal ou mensal)</translation>
    </message>
    <message>
        <source>{file}: the database in it is damaged or not a Dispute Desk file ({reason})</source>
        <translation>{file}: o banco de dados contido nele está danificado ou não é um arquivo do Dispute Desk ({reason})</translation>
    </message>
    <message>
        <source>{file}: the database in it holds no data</source>
        <translation>{file}: o banco de dados contido nele não tem dados</translation>
    </message>
    <message>
        <source>{file} was made by a newer Dispute Desk (schema {revision}); update the app to restore it</source>
        <translation>{file} foi criado por uma versão mais nova do Dispute Desk (esquema {revision}); atualize o app para restaurá-lo</translation>
    </message>
    <message>
        <source>{file}: the database in it can&apos;t be upgraded ({reason})</source>
        <translation>{file}: não é possível atualizar o banco de dados contido nele ({reason})</translation>
    </message>
    <message>
        <source>{file}: the database in it is damaged ({reason})</source>
        <translation>{file}: o banco de dados contido nele está danificado ({reason})</translation>
    </message>
    <message>
        <source>{file}: the database in it fails its check ({problems})</source>
        <translation>{file}: o banco de dados contido nele não passa na verificação ({problems})</translation>
    </message>
    <message>
        <source>not enough free disk space to restore {file}: {needed} MB needed, {free} MB free</source>
        <translation>não há espaço livre suficiente em disco para restaurar {file}: são necessários {needed} MB e há {free} MB livres</translation>
    </message>
    <message>
        <source>the data is in use by another Dispute Desk window or command; close it and try again</source>
        <translation>os dados estão em uso por outra janela ou comando do Dispute Desk; feche-o e tente novamente</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Unpaid order closes</source>
        <translation>Fechamento do pedido não pago</translation>
    </message>
    <message>
        <source>Payment check ends</source>
        <translation>Fim da verificação do pagamento</translation>
    </message>
    <message>
        <source>Seller must ship</source>
        <translation>Prazo de envio do vendedor</translation>
    </message>
    <message>
        <source>Cancellation approved automatically</source>
        <translation>Cancelamento aprovado automaticamente</translation>
    </message>
    <message>
        <source>Ask for a protection extension</source>
        <translation>Solicitar prorrogação da proteção</translation>
    </message>
    <message>
        <source>Buyer protection ends</source>
        <translation>Fim da proteção ao comprador</translation>
    </message>
    <message>
        <source>Not-received dispute can be opened</source>
        <translation>Disputa por não recebimento já pode ser aberta</translation>
    </message>
    <message>
        <source>Last day to open a dispute</source>
        <translation>Último dia para abrir disputa</translation>
    </message>
    <message>
        <source>Seller must answer the dispute</source>
        <translation>Vendedor deve responder à disputa</translation>
    </message>
    <message>
        <source>Dispute goes to the platform</source>
        <translation>Disputa vai para a plataforma</translation>
    </message>
    <message>
        <source>Ship the return</source>
        <translation>Enviar a devolução</translation>
    </message>
    <message>
        <source>Refund expected</source>
        <translation>Reembolso previsto</translation>
    </message>
    <message>
        <source>Last day for a PayPal dispute</source>
        <translation>Último dia para disputa no PayPal</translation>
    </message>
    <message>
        <source>Last day for a chargeback</source>
        <translation>Último dia para contestação no cartão</translation>
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
        <translation>Loja: {store}</translation>
    </message>
    <message>
        <source>Due {time} (from the order page).</source>
        <translation>Vence em {time} (conforme a página do pedido).</translation>
    </message>
    <message>
        <source>Due {time} (estimated from the rules).</source>
        <translation>Vence em {time} (estimado pelas regras).</translation>
    </message>
</context>
<context>
    <name>cancel</name>
    <message numerus="yes">
        <source>Nothing to do: the order isn&apos;t paid, so it closes by itself %n day(s) after it was placed, with no penalty.</source>
        <translation>
            <numerusform>Nada a fazer: o pedido não foi pago, então é fechado automaticamente %n dia após ter sido realizado, sem penalidade.</numerusform>
            <numerusform>Nada a fazer: o pedido não foi pago, então é fechado automaticamente %n dias após ter sido realizado, sem penalidade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Don&apos;t pay for it.</source>
        <translation>Não pague o pedido.</translation>
    </message>
    <message>
        <source>Ignore the seller&apos;s reminders to pay: an unpaid order costs you nothing.</source>
        <translation>Ignore os lembretes de pagamento do vendedor: um pedido não pago não custa nada a você.</translation>
    </message>
    <message>
        <source>It closes by itself when the countdown ends.</source>
        <translation>Ele é fechado automaticamente quando a contagem regressiva termina.</translation>
    </message>
    <message>
        <source>If you cancel it on the order page anyway, record that here.</source>
        <translation>Se mesmo assim você cancelar na página do pedido, registre isso aqui.</translation>
    </message>
    <message numerus="yes">
        <source>Wait until the payment check ends (%n hour(s) after paying): the order can&apos;t be cancelled before then.</source>
        <translation>
            <numerusform>Espere a verificação do pagamento terminar (%n hora após o pagamento): o pedido não pode ser cancelado antes disso.</numerusform>
            <numerusform>Espere a verificação do pagamento terminar (%n horas após o pagamento): o pedido não pode ser cancelado antes disso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Then open this wizard again: the advice continues from there.</source>
        <translation>Depois, abra este assistente de novo: a orientação continua a partir daí.</translation>
    </message>
    <message>
        <source>Since the seller can&apos;t or won&apos;t ship, you will most likely just let the ship-by time run out: the order then closes by itself and the money comes back.</source>
        <translation>Como o vendedor não pode ou não quer enviar, o mais provável é que você só deixe o prazo de envio acabar: o pedido então é fechado automaticamente e o dinheiro volta.</translation>
    </message>
    <message>
        <source>Wait: the payment is still being checked, and the order can&apos;t be cancelled until the check ends.</source>
        <translation>Aguarde: o pagamento ainda está em verificação, e o pedido não pode ser cancelado até a verificação terminar.</translation>
    </message>
    <message numerus="yes">
        <source>Don&apos;t cancel the order yourself, even if the seller asks: if it isn&apos;t shipped in time, it closes by itself and the money comes back automatically (usually within %n business day(s)).</source>
        <translation>
            <numerusform>Não cancele o pedido por conta própria, mesmo que o vendedor peça: se ele não for enviado a tempo, é fechado automaticamente e o dinheiro volta sozinho (em geral em até %n dia útil).</numerusform>
            <numerusform>Não cancele o pedido por conta própria, mesmo que o vendedor peça: se ele não for enviado a tempo, é fechado automaticamente e o dinheiro volta sozinho (em geral em até %n dias úteis).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Don&apos;t cancel the order yourself, even if the seller asks: if it isn&apos;t shipped in time, it closes by itself and the money comes back automatically (usually within {low}–%n business day(s)).</source>
        <translation>
            <numerusform>Não cancele o pedido por conta própria, mesmo que o vendedor peça: se ele não for enviado a tempo, é fechado automaticamente e o dinheiro volta sozinho (em geral em {low}–%n dia útil).</numerusform>
            <numerusform>Não cancele o pedido por conta própria, mesmo que o vendedor peça: se ele não for enviado a tempo, é fechado automaticamente e o dinheiro volta sozinho (em geral em {low}–%n dias úteis).</numerusform>
        </translation>
    </message>
    <message>
        <source>{advice} Sellers ask buyers to cancel so that the failure to ship doesn&apos;t count against the store; you don&apos;t have to.</source>
        <translation>{advice} Os vendedores pedem aos compradores que cancelem para que a falha no envio não conte contra a loja; você não precisa fazer isso.</translation>
    </message>
    <message>
        <source>Send the seller the drafted message, so they know what to expect.</source>
        <translation>Envie ao vendedor a mensagem redigida, para que ele saiba o que esperar.</translation>
    </message>
    <message>
        <source>If the seller ships after all, record it here: the parcel is then on its way.</source>
        <translation>Se o vendedor acabar enviando, registre isso aqui: a encomenda estará então a caminho.</translation>
    </message>
    <message>
        <source>Better not to cancel: wait until the seller&apos;s time to ship runs out, and the order closes and refunds itself. The ship-by time isn&apos;t known yet.</source>
        <translation>Melhor não cancelar: espere o prazo de envio do vendedor acabar, e o pedido é fechado e reembolsado automaticamente. O prazo de envio ainda não é conhecido.</translation>
    </message>
    <message>
        <source>Look on the order page for the countdown of the seller&apos;s time to ship (processing time): this app doesn&apos;t know it yet. When it ends, the order closes by itself.</source>
        <translation>Procure na página do pedido a contagem regressiva do prazo de envio do vendedor (tempo de processamento): este app ainda não a conhece. Quando ela terminar, o pedido é fechado automaticamente.</translation>
    </message>
    <message>
        <source>Better not to cancel: wait until the ship-by time runs out; the order then closes by itself and the money comes back automatically.</source>
        <translation>Melhor não cancelar: espere o prazo de envio acabar; o pedido então é fechado automaticamente e o dinheiro volta sozinho.</translation>
    </message>
    <message>
        <source>Wait for the ship-by countdown to end.</source>
        <translation>Espere a contagem do prazo de envio terminar.</translation>
    </message>
    <message>
        <source>Don&apos;t cancel anything: the order closes by itself.</source>
        <translation>Não cancele nada: o pedido é fechado automaticamente.</translation>
    </message>
    <message>
        <source>The refund should have arrived by now. If it hasn&apos;t, contact support or your bank, with the order number at hand.</source>
        <translation>O reembolso já deveria ter chegado. Se não chegou, entre em contato com o suporte ou com o seu banco, com o número do pedido em mãos.</translation>
    </message>
    <message numerus="yes">
        <source>The money goes back to where it came from, usually within %n business day(s).</source>
        <translation>
            <numerusform>O dinheiro volta para a origem do pagamento, em geral em até %n dia útil.</numerusform>
            <numerusform>O dinheiro volta para a origem do pagamento, em geral em até %n dias úteis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The money goes back to where it came from, usually within {low}–%n business day(s).</source>
        <translation>
            <numerusform>O dinheiro volta para a origem do pagamento, em geral em {low}–%n dia útil.</numerusform>
            <numerusform>O dinheiro volta para a origem do pagamento, em geral em {low}–%n dias úteis.</numerusform>
        </translation>
    </message>
    <message>
        <source>If it hasn&apos;t arrived when the countdown ends, contact support or your bank.</source>
        <translation>Se não tiver chegado quando a contagem regressiva terminar, entre em contato com o suporte ou com o seu banco.</translation>
    </message>
    <message>
        <source>The seller didn&apos;t ship in time: the order closes by itself and the refund is on its way.</source>
        <translation>O vendedor não enviou a tempo: o pedido é fechado automaticamente e o reembolso está a caminho.</translation>
    </message>
    <message>
        <source>Ask to cancel: write to the seller first, then press &quot;Cancel order&quot; on the order page.</source>
        <translation>Solicite o cancelamento: escreva primeiro ao vendedor e depois clique em &quot;Cancelar pedido&quot; na página do pedido.</translation>
    </message>
    <message>
        <source>Write to the seller now, before the order ships: ask them to approve the cancellation (a message is drafted for you). Be quick: once it has shipped, it can&apos;t be cancelled.</source>
        <translation>Escreva ao vendedor agora, antes que o pedido seja enviado: peça que ele aprove o cancelamento (há uma mensagem redigida para você). Seja rápido: depois de enviado, o pedido não pode mais ser cancelado.</translation>
    </message>
    <message>
        <source>Press &quot;Cancel order&quot; on the order page and choose your reason.</source>
        <translation>Clique em &quot;Cancelar pedido&quot; na página do pedido e escolha o seu motivo.</translation>
    </message>
    <message numerus="yes">
        <source>The money comes back only if the seller approves. If the seller doesn&apos;t answer within %n hour(s), the request is approved automatically.</source>
        <translation>
            <numerusform>O dinheiro só volta se o vendedor aprovar. Se o vendedor não responder em até %n hora, a solicitação é aprovada automaticamente.</numerusform>
            <numerusform>O dinheiro só volta se o vendedor aprovar. Se o vendedor não responder em até %n horas, a solicitação é aprovada automaticamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the seller says the order has already shipped, it can&apos;t be cancelled any more: wait for the parcel, or open a dispute when its time comes.</source>
        <translation>Se o vendedor disser que o pedido já foi enviado, ele não pode mais ser cancelado: espere a encomenda ou abra uma disputa quando chegar a hora.</translation>
    </message>
    <message>
        <source>Record here that you asked to cancel, so the app counts down to the automatic approval.</source>
        <translation>Registre aqui que você solicitou o cancelamento, para que o app faça a contagem regressiva até a aprovação automática.</translation>
    </message>
    <message>
        <source>Your cancellation request is waiting for the seller; if the seller stays silent, it is approved automatically when the countdown ends.</source>
        <translation>Sua solicitação de cancelamento está aguardando o vendedor; se ele não responder, ela é aprovada automaticamente quando a contagem regressiva terminar.</translation>
    </message>
    <message>
        <source>If you haven&apos;t written to the seller yet, do it now (a message is drafted for you).</source>
        <translation>Se você ainda não escreveu ao vendedor, faça isso agora (há uma mensagem redigida para você).</translation>
    </message>
    <message numerus="yes">
        <source>If the seller doesn&apos;t answer within %n hour(s) of your request, it is approved automatically and the money comes back.</source>
        <translation>
            <numerusform>Se o vendedor não responder em até %n hora após a sua solicitação, ela é aprovada automaticamente e o dinheiro volta.</numerusform>
            <numerusform>Se o vendedor não responder em até %n horas após a sua solicitação, ela é aprovada automaticamente e o dinheiro volta.</numerusform>
        </translation>
    </message>
    <message>
        <source>When the seller approves or refuses, record it here.</source>
        <translation>Quando o vendedor aprovar ou recusar, registre isso aqui.</translation>
    </message>
    <message>
        <source>If the seller says the order has already shipped, record it as shipped: then wait for the parcel, or open a dispute when its time comes.</source>
        <translation>Se o vendedor disser que o pedido já foi enviado, registre-o como enviado: depois espere a encomenda ou abra uma disputa quando chegar a hora.</translation>
    </message>
    <message>
        <source>Don&apos;t confirm receipt before the parcel is in your hands.</source>
        <translation>Não confirme o recebimento antes de ter a encomenda em mãos.</translation>
    </message>
    <message>
        <source>Cancelling is no longer possible: the order has shipped. Tracking says it was delivered.</source>
        <translation>Não é mais possível cancelar: o pedido foi enviado. O rastreio diz que ele foi entregue.</translation>
    </message>
    <message>
        <source>Check the parcel when you have it.</source>
        <translation>Confira a encomenda quando a receber.</translation>
    </message>
    <message>
        <source>Confirm receipt only when everything is right: that ends buyer protection.</source>
        <translation>Confirme o recebimento só quando tudo estiver certo: isso encerra a proteção ao comprador.</translation>
    </message>
    <message>
        <source>If something is wrong, or the parcel never reached you, open a dispute before buyer protection ends.</source>
        <translation>Se algo estiver errado ou a encomenda nunca chegar até você, abra uma disputa antes do fim da proteção ao comprador.</translation>
    </message>
    <message>
        <source>Cancelling is no longer possible: the order has shipped. Wait for the parcel; a &quot;not received&quot; dispute can be opened when the countdown ends.</source>
        <translation>Não é mais possível cancelar: o pedido foi enviado. Espere a encomenda; uma disputa por &quot;não recebido&quot; pode ser aberta quando a contagem regressiva terminar.</translation>
    </message>
    <message>
        <source>Wait for the parcel and keep an eye on its tracking.</source>
        <translation>Espere a encomenda e fique de olho no rastreio.</translation>
    </message>
    <message numerus="yes">
        <source>From %n day(s) after shipment, a &quot;not received&quot; dispute can be opened if tracking stops moving or shows something wrong.</source>
        <translation>
            <numerusform>A partir de %n dia após o envio, uma disputa por &quot;não recebido&quot; pode ser aberta se o rastreio parar de atualizar ou mostrar algo errado.</numerusform>
            <numerusform>A partir de %n dias após o envio, uma disputa por &quot;não recebido&quot; pode ser aberta se o rastreio parar de atualizar ou mostrar algo errado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling is no longer possible: the order has shipped. Wait for the parcel, or open a &quot;not received&quot; dispute now if tracking has stalled.</source>
        <translation>Não é mais possível cancelar: o pedido foi enviado. Espere a encomenda ou abra agora uma disputa por &quot;não recebido&quot; se o rastreio estiver parado.</translation>
    </message>
    <message>
        <source>Check the tracking: if it hasn&apos;t moved for a long time or shows another destination, open a dispute now.</source>
        <translation>Confira o rastreio: se ele não atualiza há muito tempo ou mostra outro destino, abra uma disputa agora.</translation>
    </message>
    <message>
        <source>Otherwise wait for the parcel, and open a dispute before buyer protection ends if it doesn&apos;t come.</source>
        <translation>Caso contrário, espere a encomenda e, se ela não chegar, abra uma disputa antes do fim da proteção ao comprador.</translation>
    </message>
    <message>
        <source>Nothing to cancel: the seller didn&apos;t answer in time, so your cancellation was approved automatically and the refund is on its way.</source>
        <translation>Nada a cancelar: o vendedor não respondeu a tempo, então seu cancelamento foi aprovado automaticamente e o reembolso está a caminho.</translation>
    </message>
    <message>
        <source>Record here that the cancellation was approved.</source>
        <translation>Registre aqui que o cancelamento foi aprovado.</translation>
    </message>
    <message>
        <source>Nothing to cancel: a refund for this order is already on its way.</source>
        <translation>Nada a cancelar: um reembolso deste pedido já está a caminho.</translation>
    </message>
    <message>
        <source>Record here when the money arrives.</source>
        <translation>Registre aqui quando o dinheiro chegar.</translation>
    </message>
    <message numerus="yes">
        <source>The money goes back to where it came from; allow up to %n business day(s) for your payment method.</source>
        <translation>
            <numerusform>O dinheiro volta para a origem do pagamento; para a sua forma de pagamento, conte com até %n dia útil.</numerusform>
            <numerusform>O dinheiro volta para a origem do pagamento; para a sua forma de pagamento, conte com até %n dias úteis.</numerusform>
        </translation>
    </message>
    <message>
        <source>If it doesn&apos;t arrive in time, contact support or your bank, with the order number at hand.</source>
        <translation>Se não chegar a tempo, entre em contato com o suporte ou com o seu banco, com o número do pedido em mãos.</translation>
    </message>
    <message>
        <source>Cancelling is not possible: the order is in a dispute. Follow the dispute instead.</source>
        <translation>Não é possível cancelar: o pedido está em disputa. Acompanhe a disputa.</translation>
    </message>
    <message>
        <source>Follow the dispute: its deadlines are on the order.</source>
        <translation>Acompanhe a disputa: os prazos dela estão no pedido.</translation>
    </message>
    <message>
        <source>Don&apos;t cancel the dispute or confirm receipt on the seller&apos;s promise alone.</source>
        <translation>Não cancele a disputa nem confirme o recebimento só com base na promessa do vendedor.</translation>
    </message>
    <message>
        <source>If something is wrong with the order, you can still open a dispute before the dispute window ends.</source>
        <translation>Se algo estiver errado com o pedido, você ainda pode abrir uma disputa antes que o prazo para isso termine.</translation>
    </message>
    <message>
        <source>The platform&apos;s dispute window has closed.</source>
        <translation>O prazo da plataforma para abrir disputa terminou.</translation>
    </message>
    <message>
        <source>Nothing to cancel: the order is completed and the seller was paid.</source>
        <translation>Nada a cancelar: o pedido foi concluído e o vendedor já recebeu o pagamento.</translation>
    </message>
    <message>
        <source>Nothing to cancel: the order is already cancelled.</source>
        <translation>Nada a cancelar: o pedido já está cancelado.</translation>
    </message>
    <message>
        <source>Nothing to cancel: the order was never paid and has closed by itself.</source>
        <translation>Nada a cancelar: o pedido nunca foi pago e foi fechado automaticamente.</translation>
    </message>
    <message>
        <source>Nothing to cancel: the order is already refunded.</source>
        <translation>Nada a cancelar: o pedido já foi reembolsado.</translation>
    </message>
    <message>
        <source>Nothing to cancel.</source>
        <translation>Nada a cancelar.</translation>
    </message>
</context>
<context>
    <name>case</name>
    <message>
        <source>The seller must answer by the time shown; if silent, the refund you asked for goes through.</source>
        <translation>O vendedor deve responder até o horário indicado; se não responder, o reembolso que você solicitou é concedido.</translation>
    </message>
    <message>
        <source>If it isn&apos;t settled, it goes to the platform on the escalation day shown; you can escalate earlier.</source>
        <translation>Se não houver acordo, a disputa vai para a plataforma no dia da escalada indicado; você pode escalar antes.</translation>
    </message>
    <message>
        <source>Don&apos;t cancel the dispute or accept an offer on the seller&apos;s promise alone.</source>
        <translation>Não cancele a disputa nem aceite uma oferta só com base na promessa do vendedor.</translation>
    </message>
    <message>
        <source>Accepting the seller&apos;s offer closes the case with that partial refund: accept only when the amount is agreed on the platform, not on a promise.</source>
        <translation>Aceitar a oferta do vendedor encerra o caso com esse reembolso parcial: aceite só quando o valor estiver acordado na plataforma, não por uma promessa.</translation>
    </message>
    <message>
        <source>If the offer includes a return, ship the item only after the return is agreed on the platform.</source>
        <translation>Se a oferta incluir devolução, envie o item só depois que a devolução for acordada na plataforma.</translation>
    </message>
    <message>
        <source>Declining keeps the dispute open: escalate it to the platform now, or it goes there on the escalation day shown.</source>
        <translation>Recusar mantém a disputa em aberto: escale-a para a plataforma agora, ou ela irá para lá no dia da escalada indicado.</translation>
    </message>
    <message>
        <source>The seller answered without an offer. If you don&apos;t agree, escalate it to the platform now, or it goes there on the escalation day shown.</source>
        <translation>O vendedor respondeu sem oferta. Se você não concordar, escale a disputa para a plataforma agora, ou ela irá para lá no dia da escalada indicado.</translation>
    </message>
    <message>
        <source>The platform is deciding: answer its questions quickly and add evidence if it asks.</source>
        <translation>A plataforma está decidindo: responda rapidamente às perguntas dela e adicione provas se ela pedir.</translation>
    </message>
    <message>
        <source>Its decision is expected by the date below; if nothing comes, ask support.</source>
        <translation>A decisão é esperada até a data abaixo; se nada vier, fale com o suporte.</translation>
    </message>
    <message>
        <source>The escalation day has passed, so the dispute is now with the platform; record the escalation when the order page shows it.</source>
        <translation>O dia da escalada já passou, então a disputa agora está com a plataforma; registre a escalada quando a página do pedido mostrá-la.</translation>
    </message>
    <message>
        <source>Record the platform&apos;s decision here when it comes.</source>
        <translation>Registre aqui a decisão da plataforma quando ela sair.</translation>
    </message>
    <message>
        <source>You appealed: the platform looks at the case again. Add new evidence if you have it, and record the new decision here.</source>
        <translation>Você recorreu: a plataforma vai analisar o caso de novo. Adicione novas provas, se tiver, e registre aqui a nova decisão.</translation>
    </message>
    <message>
        <source>The platform decided against you: you can appeal once, before the appeal window below closes, with more evidence.</source>
        <translation>A plataforma decidiu contra você: você pode recorrer uma vez, com mais provas, antes que o prazo de recurso abaixo termine.</translation>
    </message>
    <message>
        <source>Paid by PayPal: you can still open a PayPal dispute until the date shown (escalate it to a claim within 20 days).</source>
        <translation>Pago com PayPal: você ainda pode abrir uma disputa no PayPal até a data indicada (escale-a para uma reclamação em até 20 dias).</translation>
    </message>
    <message>
        <source>Paid by card: you can still ask your bank for a chargeback until the date shown, but not while an appeal is open on the platform.</source>
        <translation>Pago com cartão: você ainda pode pedir ao seu banco a contestação no cartão (chargeback) até a data indicada, mas não enquanto houver um recurso em aberto na plataforma.</translation>
    </message>
    <message>
        <source>The platform decided against you, and neither an appeal nor a payment-method fallback is possible any more: the case is closed without a refund.</source>
        <translation>A plataforma decidiu contra você, e não há mais recurso possível nem alternativa pela forma de pagamento: o caso está encerrado sem reembolso.</translation>
    </message>
    <message>
        <source>The platform decided against you and the time to appeal has passed.</source>
        <translation>A plataforma decidiu contra você e o prazo para recorrer já passou.</translation>
    </message>
    <message>
        <source>Ship the return by the time shown and record its tracking number, or the refund is lost; the refund follows once the seller has the item back.</source>
        <translation>Envie a devolução até o horário indicado e registre o código de rastreio dela, senão o reembolso é perdido; o reembolso vem depois que o vendedor receber o item de volta.</translation>
    </message>
    <message>
        <source>The seller didn&apos;t answer in time, so the refund you asked for goes through.</source>
        <translation>O vendedor não respondeu a tempo, então o reembolso que você solicitou é concedido.</translation>
    </message>
    <message>
        <source>The seller didn&apos;t answer in time, so your return is accepted: ship the item back by the time below and record its tracking number; the refund follows once the seller has it.</source>
        <translation>O vendedor não respondeu a tempo, então sua devolução foi aceita: envie o item de volta até o horário abaixo e registre o código de rastreio; o reembolso vem depois que o vendedor o receber.</translation>
    </message>
    <message>
        <source>The platform decided a full refund.</source>
        <translation>A plataforma decidiu por um reembolso total.</translation>
    </message>
    <message>
        <source>The platform decided a partial refund: you keep the item.</source>
        <translation>A plataforma decidiu por um reembolso parcial: você fica com o item.</translation>
    </message>
    <message>
        <source>The refund is on its way.</source>
        <translation>O reembolso está a caminho.</translation>
    </message>
    <message>
        <source>It should arrive by the date shown. Record it here when the money arrives; if it doesn&apos;t, contact support or your bank.</source>
        <translation>Ele deve chegar até a data indicada. Registre-o aqui quando o dinheiro chegar; se não chegar, entre em contato com o suporte ou com o seu banco.</translation>
    </message>
    <message>
        <source>The refund arrived: the case is closed.</source>
        <translation>O reembolso chegou: o caso está encerrado.</translation>
    </message>
    <message>
        <source>You cancelled the dispute. A new one can be opened only while buyer protection runs (see its deadline).</source>
        <translation>Você cancelou a disputa. Só é possível abrir uma nova enquanto durar a proteção ao comprador (veja o prazo dela).</translation>
    </message>
    <message>
        <source>You cancelled the dispute, and no new dispute can be opened for this order.</source>
        <translation>Você cancelou a disputa, e não é possível abrir uma nova disputa para este pedido.</translation>
    </message>
    <message>
        <source>Dispute open: waiting for the seller&apos;s answer</source>
        <translation>Disputa em aberto: aguardando a resposta do vendedor</translation>
    </message>
    <message>
        <source>The seller answered</source>
        <translation>O vendedor respondeu</translation>
    </message>
    <message>
        <source>Escalated: the platform is deciding</source>
        <translation>Escalada: a plataforma está decidindo</translation>
    </message>
    <message>
        <source>Decided against you</source>
        <translation>Decidida contra você</translation>
    </message>
    <message>
        <source>Appealed: the platform looks again</source>
        <translation>Recurso apresentado: a plataforma vai analisar de novo</translation>
    </message>
    <message>
        <source>Refund agreed with a return: ship the item back</source>
        <translation>Reembolso acordado com devolução: envie o item de volta</translation>
    </message>
    <message>
        <source>Refund on its way</source>
        <translation>Reembolso a caminho</translation>
    </message>
    <message>
        <source>Refunded: the case is closed</source>
        <translation>Reembolsado: o caso está encerrado</translation>
    </message>
    <message>
        <source>Closed without a refund</source>
        <translation>Encerrado sem reembolso</translation>
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
        <translation>(sem legenda)</translation>
    </message>
    <message>
        <source>Case file — order {order}</source>
        <translation>Dossiê do caso — pedido {order}</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Pedido {order}</translation>
    </message>
    <message>
        <source>Prepared {time} with Dispute Desk. Times are the buyer&apos;s local time ({zone}), each with its offset from UTC.</source>
        <translation>Preparado em {time} com o Dispute Desk. Os horários estão na hora local do comprador ({zone}), cada um com sua diferença em relação ao UTC.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número do pedido</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Data do pedido</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Forma de pagamento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Rastreio</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Prazos</translation>
    </message>
    <message>
        <source>{deadline}: {time} (entered from the order page)</source>
        <translation>{deadline}: {time} (informado a partir da página do pedido)</translation>
    </message>
    <message>
        <source>{deadline}: {time} (estimated from the rules, possibly from a date not known for sure)</source>
        <translation>{deadline}: {time} (estimado pelas regras, possivelmente a partir de uma data incerta)</translation>
    </message>
    <message>
        <source>{deadline}: {time} (estimated from the rules)</source>
        <translation>{deadline}: {time} (estimado pelas regras)</translation>
    </message>
    <message>
        <source>No open deadlines.</source>
        <translation>Nenhum prazo em aberto.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>Notes and messages</source>
        <translation>Notas e mensagens</translation>
    </message>
    <message>
        <source>Photos ({photos}) and videos ({videos})</source>
        <translation>Fotos ({photos}) e vídeos ({videos})</translation>
    </message>
    <message>
        <source>Photos ({photos})</source>
        <translation>Fotos ({photos})</translation>
    </message>
    <message>
        <source>No photos attached.</source>
        <translation>Nenhuma foto anexada.</translation>
    </message>
    <message>
        <source>Video: {name}</source>
        <translation>Vídeo: {name}</translation>
    </message>
    <message>
        <source>File {file}, {seconds} s; added {time}</source>
        <translation>Arquivo {file}, {seconds} s; adicionado em {time}</translation>
    </message>
    <message>
        <source>File {file}; added {time}</source>
        <translation>Arquivo {file}; adicionado em {time}</translation>
    </message>
    <message>
        <source>Taken: {time}</source>
        <translation>Tirada em: {time}</translation>
    </message>
    <message>
        <source>Taken: unknown (no camera time)</source>
        <translation>Tirada em: desconhecido (sem horário da câmera)</translation>
    </message>
    <message>
        <source>Added: {time} · original file: {file}</source>
        <translation>Adicionada em: {time} · arquivo original: {file}</translation>
    </message>
    <message>
        <source>Copy: {path}</source>
        <translation>Cópia: {path}</translation>
    </message>
    <message>
        <source>Item {line}: {quantity} × {title} ({options})</source>
        <translation>Item {line}: {quantity} × {title} ({options})</translation>
    </message>
    <message>
        <source>Item {line}: {quantity} × {title}</source>
        <translation>Item {line}: {quantity} × {title}</translation>
    </message>
    <message>
        <source>{item} — {price} each</source>
        <translation>{item} — {price} cada</translation>
    </message>
    <message>
        <source>whole order</source>
        <translation>pedido inteiro</translation>
    </message>
    <message>
        <source>asked {amount}</source>
        <translation>solicitado: {amount}</translation>
    </message>
    <message>
        <source>decided: {outcome} {amount}</source>
        <translation>decisão: {outcome} {amount}</translation>
    </message>
    <message>
        <source>decided: {outcome}</source>
        <translation>decisão: {outcome}</translation>
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
        <translation>Disputa sobre o pedido inteiro</translation>
    </message>
    <message>
        <source>Dispute about item {line}: {title}</source>
        <translation>Disputa sobre o item {line}: {title}</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aberta em</translation>
    </message>
    <message>
        <source>Refund asked</source>
        <translation>Reembolso solicitado</translation>
    </message>
    <message>
        <source>Return offered</source>
        <translation>Devolução oferecida</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Seller responded</source>
        <translation>Resposta do vendedor em</translation>
    </message>
    <message>
        <source>Seller&apos;s offer</source>
        <translation>Oferta do vendedor</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalada em</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidida em</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Amount decided</source>
        <translation>Valor decidido</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>Recurso em</translation>
    </message>
    <message>
        <source>Refund received</source>
        <translation>Reembolso recebido</translation>
    </message>
    <message>
        <source>Dispute cancelled</source>
        <translation>Cancelada em</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>O que vem a seguir</translation>
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
        <translation>Aguarde até {time} ({countdown})</translation>
    </message>
    <message>
        <source>Missing: {fact}</source>
        <translation>Falta: {fact}</translation>
    </message>
    <message>
        <source>Message to the seller:</source>
        <translation>Mensagem para o vendedor:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Passos:</translation>
    </message>
    <message>
        <source>In Russian:</source>
        <translation>Em russo:</translation>
    </message>
    <message>
        <source>In English:</source>
        <translation>Em inglês:</translation>
    </message>
    <message>
        <source>Opens at {time} ({countdown})</source>
        <translation>Pode ser aberta a partir de {time} ({countdown})</translation>
    </message>
    <message>
        <source>Open it before {time} ({countdown})</source>
        <translation>Abra-a antes de {time} ({countdown})</translation>
    </message>
    <message>
        <source>Closed at {time} ({countdown})</source>
        <translation>Prazo encerrado em {time} ({countdown})</translation>
    </message>
    <message>
        <source>Outcome to ask for: {outcome}</source>
        <translation>Resultado a solicitar: {outcome}</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Aviso: {warning}</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Provas:</translation>
    </message>
    <message>
        <source>Fallback: {deadline} {time} ({countdown})</source>
        <translation>Alternativa: {deadline} {time} ({countdown})</translation>
    </message>
    <message>
        <source>Dispute text:</source>
        <translation>Texto da disputa:</translation>
    </message>
    <message>
        <source>Order {order}, {reason}: can open a dispute now</source>
        <translation>Pedido {order}, {reason}: é possível abrir uma disputa agora</translation>
    </message>
    <message>
        <source>Order {order}, {reason}: can&apos;t open a dispute now</source>
        <translation>Pedido {order}, {reason}: não é possível abrir uma disputa agora</translation>
    </message>
    <message>
        <source>Order {order}, item {line}, {reason}: can open a dispute now</source>
        <translation>Pedido {order}, item {line}, {reason}: é possível abrir uma disputa agora</translation>
    </message>
    <message>
        <source>Order {order}, item {line}, {reason}: can&apos;t open a dispute now</source>
        <translation>Pedido {order}, item {line}, {reason}: não é possível abrir uma disputa agora</translation>
    </message>
    <message>
        <source>the seller&apos;s ship-by time (the processing-time countdown on the order page)</source>
        <translation>o prazo de envio do vendedor (a contagem do tempo de processamento na página do pedido)</translation>
    </message>
    <message>
        <source>argument --lang: unknown language &quot;{name}&quot; (offered: {codes})</source>
        <translation>argumento --lang: idioma desconhecido &quot;{name}&quot; (disponíveis: {codes})</translation>
    </message>
    <message>
        <source>backed up to {path}</source>
        <translation>backup gravado em {path}</translation>
    </message>
    <message>
        <source>no change since the last automatic backup</source>
        <translation>nenhuma alteração desde o último backup automático</translation>
    </message>
    <message numerus="yes">
        <source>backed up to {path} (%n byte(s))</source>
        <translation>
            <numerusform>backup gravado em {path} (%n byte)</numerusform>
            <numerusform>backup gravado em {path} (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is a complete, undamaged backup</source>
        <translation>{name} é um backup completo e sem danos</translation>
    </message>
    <message numerus="yes">
        <source>restored %n order(s) and {files} from the backup of {time}</source>
        <translation>
            <numerusform>%n pedido e {files} restaurados do backup de {time}</numerusform>
            <numerusform>%n pedidos e {files} restaurados do backup de {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <comment>restored … and this</comment>
        <translation>
            <numerusform>%n arquivo de prova</numerusform>
            <numerusform>%n arquivos de provas</numerusform>
        </translation>
    </message>
    <message>
        <source>the data it replaced is kept in {path}</source>
        <translation>os dados substituídos foram guardados em {path}</translation>
    </message>
    <message>
        <source>no backups in the data dir</source>
        <translation>nenhum backup na pasta de dados</translation>
    </message>
    <message>
        <source>--orders must be between 1 and 1000000</source>
        <translation>--orders deve estar entre 1 e 1000000</translation>
    </message>
    <message>
        <source>added {added} demo orders (seed {seed})</source>
        <translation>{added} pedidos de demonstração adicionados (semente {seed})</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message numerus="yes">
        <source>{order}: %n evidence item(s)</source>
        <translation>
            <numerusform>{order}: %n item de prova</numerusform>
            <numerusform>{order}: %n itens de prova</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote {pdf} (%n page(s)) and {photos}</source>
        <translation>
            <numerusform>{pdf} (%n página) e {photos} gravados</numerusform>
            <numerusform>{pdf} (%n páginas) e {photos} gravados</numerusform>
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
            <numerusform>%n prazo gravado em {path}</numerusform>
            <numerusform>%n prazos gravados em {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n order(s) to {path}</source>
        <translation>
            <numerusform>%n pedido gravado em {path}</numerusform>
            <numerusform>%n pedidos gravados em {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Would import {names} ({format}, read as {encoding}): {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Simulação de importação de {names} ({format}, lido como {encoding}): {added} a adicionar, {updated} a atualizar, {unchanged} inalterados</translation>
    </message>
    <message>
        <source>Would import {names} ({format}): {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Simulação de importação de {names} ({format}): {added} a adicionar, {updated} a atualizar, {unchanged} inalterados</translation>
    </message>
    <message>
        <source>Imported {names} ({format}, read as {encoding}): {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Importado {names} ({format}, lido como {encoding}): {added} adicionados, {updated} atualizados, {unchanged} inalterados</translation>
    </message>
    <message>
        <source>Imported {names} ({format}): {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Importado {names} ({format}): {added} adicionados, {updated} atualizados, {unchanged} inalterados</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported:</source>
        <translation>
            <numerusform>%n linha não importada:</numerusform>
            <numerusform>%n linhas não importadas:</numerusform>
        </translation>
    </message>
    <message>
        <source>  line {line}: {message}</source>
        <translation>  linha {line}: {message}</translation>
    </message>
    <message>
        <source>--to must come after --from</source>
        <translation>--to deve ser posterior a --from</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;{text}&quot; não é uma data (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>orders paid</source>
        <translation>pedidos pagos</translation>
    </message>
    <message>
        <source>spent</source>
        <translation>gasto</translation>
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
        <translation>≈ {amount} convertido pelas suas taxas (sem {currencies}: nenhuma taxa)</translation>
    </message>
    <message>
        <source>≈ {amount} converted at your rates</source>
        <translation>≈ {amount} convertido pelas suas taxas</translation>
    </message>
    <message>
        <source>{opened} opened: {won} won, {lost} lost, {open} open, {cancelled} cancelled</source>
        <translation>{opened} abertas: {won} ganhas, {lost} perdidas, {open} em aberto, {cancelled} canceladas</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mês</translation>
    </message>
    <message>
        <source>no orders yet</source>
        <translation>nenhum pedido ainda</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <source>[avoid]</source>
        <translation>[a evitar]</translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) ({won} won, {lost} lost)</source>
        <translation>
            <numerusform>%n disputa ({won} ganhas, {lost} perdidas)</numerusform>
            <numerusform>%n disputas ({won} ganhas, {lost} perdidas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s), spent {spent}; {disputes}; delivery {median}; last order {last}</source>
        <translation>
            <numerusform>%n pedido, gasto {spent}; {disputes}; entrega {median}; último pedido {last}</numerusform>
            <numerusform>%n pedidos, gasto {spent}; {disputes}; entrega {median}; último pedido {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>{message} ({options})</source>
        <translation>{message} ({options})</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>erro inesperado: {error}</translation>
    </message>
    <message>
        <source>which currency? add --currency (e.g. USD)</source>
        <translation>qual moeda? adicione --currency (ex.: USD)</translation>
    </message>
    <message>
        <source>added order {order} ({status})</source>
        <translation>pedido {order} adicionado ({status})</translation>
    </message>
    <message>
        <source>recorded {event} on {order}: now {status}</source>
        <translation>registrado {event} no pedido {order}: agora {status}</translation>
    </message>
    <message>
        <source>no orders</source>
        <translation>nenhum pedido</translation>
    </message>
    <message>
        <source>the trash is empty</source>
        <translation>a lixeira está vazia</translation>
    </message>
    <message>
        <source>{deadline} in {countdown}</source>
        <translation>{deadline} em {countdown}</translation>
    </message>
    <message>
        <source>Order {order}  {store}</source>
        <translation>Pedido {order}  {store}</translation>
    </message>
    <message>
        <source>  total {total}   status {status}   (in the trash)</source>
        <translation>  total {total}   status {status}   (na lixeira)</translation>
    </message>
    <message>
        <source>  total {total}   status {status}</source>
        <translation>  total {total}   status {status}</translation>
    </message>
    <message>
        <source>  tracking {numbers}</source>
        <translation>  rastreio {numbers}</translation>
    </message>
    <message>
        <source>  refunded {amount}</source>
        <translation>  reembolsado {amount}</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Itens:</translation>
    </message>
    <message>
        <source>  dispute: {reason}, {state}</source>
        <translation>  disputa: {reason}, {state}</translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation>Prazos:</translation>
    </message>
    <message>
        <source>No open deadlines.</source>
        <translation>Nenhum prazo em aberto.</translation>
    </message>
    <message>
        <source>      missing: {fact}</source>
        <translation>      falta: {fact}</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Linha do tempo:</translation>
    </message>
    <message>
        <source>no open deadlines</source>
        <translation>nenhum prazo em aberto</translation>
    </message>
    <message>
        <source>moved {order} to the trash</source>
        <translation>pedido {order} movido para a lixeira</translation>
    </message>
    <message>
        <source>restored {order}</source>
        <translation>pedido {order} restaurado</translation>
    </message>
    <message>
        <source>the processing time (or the ship-by countdown) from the order page</source>
        <translation>o tempo de processamento (ou a contagem do prazo de envio) da página do pedido</translation>
    </message>
    <message>
        <source>{countdown} ago</source>
        <translation>há {countdown}</translation>
    </message>
    <message>
        <source>in {countdown}</source>
        <translation>em {countdown}</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) shown on the desktop</source>
        <translation>
            <numerusform>%n lembrete exibido na área de trabalho</numerusform>
            <numerusform>%n lembretes exibidos na área de trabalho</numerusform>
        </translation>
    </message>
    <message>
        <source>rules {action} needs the rule&apos;s name</source>
        <translation>rules {action} precisa do nome da regra</translation>
    </message>
    <message>
        <source>rules set needs a value</source>
        <translation>rules set precisa de um valor</translation>
    </message>
    <message>
        <source>can&apos;t read &quot;{value}&quot; as a value (try 72, true or {example})</source>
        <translation>não foi possível ler &quot;{value}&quot; como valor (tente 72, true ou {example})</translation>
    </message>
    <message>
        <source>{unit} (changed)</source>
        <translation>{unit} (alterado)</translation>
    </message>
</context>
<context>
    <name>cli help</name>
    <message>
        <source>the wizards&apos; advice for an order</source>
        <translation>a orientação dos assistentes para um pedido</translation>
    </message>
    <message>
        <source>should I cancel this order, and how?</source>
        <translation>devo cancelar este pedido, e como?</translation>
    </message>
    <message>
        <source>can I open a dispute for this order, and how?</source>
        <translation>posso abrir uma disputa para este pedido, e como?</translation>
    </message>
    <message>
        <source>the item it is about (1, 2, …; default: the whole order)</source>
        <translation>o item em questão (1, 2, …; padrão: o pedido inteiro)</translation>
    </message>
    <message>
        <source>where the data lives</source>
        <translation>onde ficam os dados</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>saída em JSON</translation>
    </message>
    <message>
        <source>the language of the sentences: en, ru, pt_BR, es, fr or pl (default: the locale&apos;s)</source>
        <translation>o idioma das frases: en, ru, pt_BR, es, fr ou pl (padrão: o do sistema)</translation>
    </message>
    <message>
        <source>back up the database and the evidence into a zip file</source>
        <translation>fazer backup do banco de dados e das provas em um arquivo zip</translation>
    </message>
    <message>
        <source>the archive to write (must not exist)</source>
        <translation>o arquivo compactado a gravar (não pode existir)</translation>
    </message>
    <message>
        <source>an automatic backup into backups/auto/, only if the data changed</source>
        <translation>um backup automático em backups/auto/, só se os dados mudaram</translation>
    </message>
    <message>
        <source>replace the data with a backup, after checking all of it</source>
        <translation>substituir os dados por um backup, depois de verificá-lo por inteiro</translation>
    </message>
    <message>
        <source>only check the archive; change nothing</source>
        <translation>só verificar o arquivo compactado; não alterar nada</translation>
    </message>
    <message>
        <source>list the backups kept in the data dir, newest first</source>
        <translation>listar os backups guardados na pasta de dados, do mais recente ao mais antigo</translation>
    </message>
    <message>
        <source>fill the data dir with realistic made-up orders</source>
        <translation>preencher a pasta de dados com pedidos fictícios realistas</translation>
    </message>
    <message>
        <source>check the database and the evidence files</source>
        <translation>verificar o banco de dados e os arquivos de provas</translation>
    </message>
    <message>
        <source>attach photos or videos to an order as evidence</source>
        <translation>anexar fotos ou vídeos a um pedido como provas</translation>
    </message>
    <message>
        <source>a caption for every file attached</source>
        <translation>uma legenda para cada arquivo anexado</translation>
    </message>
    <message>
        <source>write the case pack: DIR/case.pdf and DIR/photos/</source>
        <translation>gravar o dossiê: DIR/case.pdf e DIR/photos/</translation>
    </message>
    <message>
        <source>write the orders (csv, json) or the open deadlines (ics) to a file</source>
        <translation>gravar os pedidos (csv, json) ou os prazos em aberto (ics) em um arquivo</translation>
    </message>
    <message>
        <source>the file to write (replaced if it exists)</source>
        <translation>o arquivo a gravar (substituído se existir)</translation>
    </message>
    <message>
        <source>import orders from a file (its format is detected by content)</source>
        <translation>importar pedidos de um arquivo (o formato é detectado pelo conteúdo)</translation>
    </message>
    <message>
        <source>the file to import (both CSVs of AliExpress-Order-Export, or several e-mails, may go together)</source>
        <translation>o arquivo a importar (os dois CSVs do AliExpress-Order-Export, ou vários e-mails, podem ir juntos)</translation>
    </message>
    <message>
        <source>default: detect by content</source>
        <translation>padrão: detectar pelo conteúdo</translation>
    </message>
    <message>
        <source>ISO code for prices that name none (default: the setting, else USD)</source>
        <translation>código ISO para preços sem moeda indicada (padrão: a configuração, senão USD)</translation>
    </message>
    <message>
        <source>what a text file is in, e.g. windows-1251 (default: detected from the content)</source>
        <translation>a codificação de um arquivo de texto, ex.: windows-1251 (padrão: detectada pelo conteúdo)</translation>
    </message>
    <message>
        <source>show what would change; write nothing</source>
        <translation>mostrar o que mudaria; não gravar nada</translation>
    </message>
    <message>
        <source>print progress lines on stderr</source>
        <translation>exibir linhas de progresso em stderr</translation>
    </message>
    <message>
        <source>money spent and refunded, disputes won and lost, by month</source>
        <translation>valores gastos e reembolsados, disputas ganhas e perdidas, por mês</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD, local) or an ISO time</source>
        <translation>primeiro dia (AAAA-MM-DD, hora local) ou um horário ISO</translation>
    </message>
    <message>
        <source>last day, included (YYYY-MM-DD, local) or an ISO time</source>
        <translation>último dia, incluído (AAAA-MM-DD, hora local) ou um horário ISO</translation>
    </message>
    <message>
        <source>one line per store: orders, money, disputes, delivery days</source>
        <translation>uma linha por loja: pedidos, valores, disputas, dias de entrega</translation>
    </message>
    <message>
        <source>add an order</source>
        <translation>adicionar um pedido</translation>
    </message>
    <message>
        <source>order number (text)</source>
        <translation>número do pedido (texto)</translation>
    </message>
    <message>
        <source>amount, e.g. 12.34 or &apos;US $1,382.11&apos;</source>
        <translation>valor, ex.: 12.34 ou &apos;US $1,382.11&apos;</translation>
    </message>
    <message>
        <source>ISO code, e.g. USD (else from the amount&apos;s symbol)</source>
        <translation>código ISO, ex.: USD (senão, pelo símbolo do valor)</translation>
    </message>
    <message>
        <source>record an event in an order&apos;s timeline</source>
        <translation>registrar um evento na linha do tempo de um pedido</translation>
    </message>
    <message>
        <source>when it happened (default: now)</source>
        <translation>quando aconteceu (padrão: agora)</translation>
    </message>
    <message>
        <source>countdown as the order page shows it, e.g. &apos;23d 14:22:10&apos;</source>
        <translation>contagem regressiva como a página do pedido mostra, ex.: &apos;23d 14:22:10&apos;</translation>
    </message>
    <message>
        <source>cancel: {cancel}; dispute: {dispute}</source>
        <translation>cancelamento: {cancel}; disputa: {dispute}</translation>
    </message>
    <message>
        <source>the item a dispute or refund is about (1, 2, …; default: the whole order)</source>
        <translation>o item a que a disputa ou o reembolso se refere (1, 2, …; padrão: o pedido inteiro)</translation>
    </message>
    <message>
        <source>list orders with their status and next deadline</source>
        <translation>listar os pedidos com status e próximo prazo</translation>
    </message>
    <message>
        <source>list the orders in the trash</source>
        <translation>listar os pedidos na lixeira</translation>
    </message>
    <message>
        <source>one order with its timeline and deadlines</source>
        <translation>um pedido com sua linha do tempo e seus prazos</translation>
    </message>
    <message>
        <source>every open deadline, soonest first</source>
        <translation>todos os prazos em aberto, do mais próximo ao mais distante</translation>
    </message>
    <message>
        <source>only those due within this long, e.g. 48h or 7d</source>
        <translation>só os que vencem dentro deste intervalo, ex.: 48h ou 7d</translation>
    </message>
    <message>
        <source>move an order to the trash</source>
        <translation>mover um pedido para a lixeira</translation>
    </message>
    <message>
        <source>restore an order from the trash</source>
        <translation>restaurar um pedido da lixeira</translation>
    </message>
    <message>
        <source>Dispute Desk: your orders, their deadlines, cancellations and disputes. Without a command it opens the app.</source>
        <translation>Dispute Desk: seus pedidos, seus prazos, cancelamentos e disputas. Sem um comando, abre o app.</translation>
    </message>
    <message>
        <source>give the deadline reminders due (for cron, a systemd timer or the Task Scheduler)</source>
        <translation>enviar os lembretes de prazos pendentes (para cron, um timer do systemd ou o Agendador de Tarefas)</translation>
    </message>
    <message>
        <source>as of this time instead of now</source>
        <translation>considerar este horário em vez de agora</translation>
    </message>
    <message>
        <source>show what is due without remembering it as given</source>
        <translation>mostrar o que está pendente sem marcar como enviado</translation>
    </message>
    <message>
        <source>show or change the rule profile&apos;s values</source>
        <translation>mostrar ou alterar os valores do perfil de regras</translation>
    </message>
    <message>
        <source>JSON value, e.g. 72 or true or &apos;{&quot;min&quot;: 2, &quot;max&quot;: 5}&apos;</source>
        <translation>valor JSON, ex.: 72 ou true ou &apos;{&quot;min&quot;: 2, &quot;max&quot;: 5}&apos;</translation>
    </message>
</context>
<context>
    <name>deadline</name>
    <message>
        <source>Nothing to do: an unpaid order closes by itself with no penalty. Pay before then only if you still want it.</source>
        <translation>Nada a fazer: um pedido não pago é fechado automaticamente, sem penalidade. Pague antes disso só se ainda quiser o pedido.</translation>
    </message>
    <message>
        <source>The payment is being checked. Cancelling becomes possible when the check ends.</source>
        <translation>O pagamento está sendo verificado. O cancelamento fica possível quando a verificação terminar.</translation>
    </message>
    <message>
        <source>The seller must ship by then; otherwise the order closes and the money comes back by itself.</source>
        <translation>O vendedor deve enviar até lá; caso contrário, o pedido é fechado e o dinheiro volta automaticamente.</translation>
    </message>
    <message>
        <source>If the seller doesn&apos;t answer by then, the cancellation is approved automatically. Write to the seller meanwhile.</source>
        <translation>Se o vendedor não responder até lá, o cancelamento é aprovado automaticamente. Enquanto isso, escreva ao vendedor.</translation>
    </message>
    <message>
        <source>Parcel still on its way? Ask the seller to extend buyer protection now: sellers answer slowly.</source>
        <translation>A encomenda ainda está a caminho? Peça agora ao vendedor para prorrogar a proteção ao comprador: os vendedores demoram a responder.</translation>
    </message>
    <message>
        <source>Open a dispute before then if the parcel hasn&apos;t arrived. When protection ends the seller is paid.</source>
        <translation>Abra uma disputa antes disso se a encomenda não tiver chegado. Quando a proteção termina, o vendedor recebe o pagamento.</translation>
    </message>
    <message>
        <source>From then on a &quot;not received&quot; dispute can be opened if tracking stops moving.</source>
        <translation>A partir daí, uma disputa por &quot;não recebido&quot; pode ser aberta se o rastreio parar de atualizar.</translation>
    </message>
    <message>
        <source>Last moment to open a dispute if something is wrong with the order.</source>
        <translation>Último momento para abrir uma disputa se algo estiver errado com o pedido.</translation>
    </message>
    <message>
        <source>The seller must answer the dispute by then; if silent, your requested refund goes through.</source>
        <translation>O vendedor deve responder à disputa até lá; se não responder, o reembolso que você solicitou é concedido.</translation>
    </message>
    <message>
        <source>If the dispute is still unresolved then, it goes to the platform. You can escalate earlier.</source>
        <translation>Se a disputa ainda não estiver resolvida até lá, ela vai para a plataforma. Você pode escalar antes.</translation>
    </message>
    <message>
        <source>Ship the return by then and record its tracking number, or the refund is lost.</source>
        <translation>Envie a devolução até lá e registre o código de rastreio, senão o reembolso é perdido.</translation>
    </message>
    <message>
        <source>The refund should have arrived by then. If not, contact support or your bank.</source>
        <translation>O reembolso deve ter chegado até lá. Se não chegar, entre em contato com o suporte ou com o seu banco.</translation>
    </message>
    <message>
        <source>Last day to open a PayPal dispute (escalate it to a claim within 20 days).</source>
        <translation>Último dia para abrir uma disputa no PayPal (escale-a para uma reclamação em até 20 dias).</translation>
    </message>
    <message>
        <source>Last day to ask your bank for a chargeback. Never while a platform case is open.</source>
        <translation>Último dia para pedir ao seu banco a contestação no cartão (chargeback). Nunca enquanto houver um caso em aberto na plataforma.</translation>
    </message>
    <message>
        <source>The platform&apos;s decision is expected by then. Answer its questions quickly; if nothing comes, ask support.</source>
        <translation>A decisão da plataforma é esperada até lá. Responda rapidamente às perguntas dela; se nada vier, fale com o suporte.</translation>
    </message>
    <message>
        <source>Last moment to appeal the decision, once, with new evidence.</source>
        <translation>Último momento para recorrer da decisão, uma única vez, com novas provas.</translation>
    </message>
    <message>
        <source>Estimated from the usual processing time: the seller&apos;s real one isn&apos;t known. Enter the processing time or the ship-by countdown from the order page (edit the order) for the real deadline. If it has passed and the order didn&apos;t ship, the order closes by itself and the money comes back.</source>
        <translation>Estimado pelo tempo de processamento habitual: o do vendedor é desconhecido. Informe o tempo de processamento ou a contagem do prazo de envio da página do pedido (edite o pedido) para ter o prazo real. Se ele já passou e o pedido não foi enviado, o pedido é fechado automaticamente e o dinheiro volta.</translation>
    </message>
    <message>
        <source>Tracking says delivered. Confirm receipt only when all is well, or open a dispute before then.</source>
        <translation>O rastreio diz que foi entregue. Confirme o recebimento só quando estiver tudo certo, ou abra uma disputa antes disso.</translation>
    </message>
</context>
<context>
    <name>detail</name>
    <message>
        <source>Mark paid…</source>
        <translation>Marcar como pago…</translation>
    </message>
    <message>
        <source>Shipped…</source>
        <translation>Enviado…</translation>
    </message>
    <message>
        <source>Tracking update…</source>
        <translation>Atualização de rastreio…</translation>
    </message>
    <message>
        <source>Delivered…</source>
        <translation>Entregue…</translation>
    </message>
    <message>
        <source>Confirm receipt…</source>
        <translation>Confirmar recebimento…</translation>
    </message>
    <message>
        <source>Request cancellation…</source>
        <translation>Solicitar cancelamento…</translation>
    </message>
    <message>
        <source>Cancellation approved…</source>
        <translation>Cancelamento aprovado…</translation>
    </message>
    <message>
        <source>Cancellation refused…</source>
        <translation>Cancelamento recusado…</translation>
    </message>
    <message>
        <source>Cancelled…</source>
        <translation>Cancelado…</translation>
    </message>
    <message>
        <source>Extension requested…</source>
        <translation>Prorrogação solicitada…</translation>
    </message>
    <message>
        <source>Protection extended…</source>
        <translation>Proteção prorrogada…</translation>
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
        <translation>Vendedor respondeu…</translation>
    </message>
    <message>
        <source>Escalated…</source>
        <translation>Disputa escalada…</translation>
    </message>
    <message>
        <source>Decision…</source>
        <translation>Decisão…</translation>
    </message>
    <message>
        <source>Appealed…</source>
        <translation>Recurso…</translation>
    </message>
    <message>
        <source>Refund issued…</source>
        <translation>Reembolso emitido…</translation>
    </message>
    <message>
        <source>Refund received…</source>
        <translation>Reembolso recebido…</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>não informado</translation>
    </message>
    <message>
        <source>entered from the order page</source>
        <translation>informado a partir da página do pedido</translation>
    </message>
    <message>
        <source>estimated from the rules and a date not known for sure (see the timeline)</source>
        <translation>estimado pelas regras e por uma data incerta (veja a linha do tempo)</translation>
    </message>
    <message>
        <source>estimated from the rules</source>
        <translation>estimado pelas regras</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Pedido realizado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Tracking update</source>
        <translation>Atualização de rastreio</translation>
    </message>
    <message>
        <source>Delivered (tracking says so)</source>
        <translation>Entregue (segundo o rastreio)</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>Recebimento confirmado</translation>
    </message>
    <message>
        <source>Cancellation requested</source>
        <translation>Cancelamento solicitado</translation>
    </message>
    <message>
        <source>Cancellation approved</source>
        <translation>Cancelamento aprovado</translation>
    </message>
    <message>
        <source>Cancellation refused</source>
        <translation>Cancelamento recusado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Protection extension requested</source>
        <translation>Prorrogação da proteção solicitada</translation>
    </message>
    <message>
        <source>Protection extended</source>
        <translation>Proteção prorrogada</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>Disputa aberta</translation>
    </message>
    <message>
        <source>Dispute cancelled</source>
        <translation>Disputa cancelada</translation>
    </message>
    <message>
        <source>Seller responded</source>
        <translation>Vendedor respondeu</translation>
    </message>
    <message>
        <source>Escalated to the platform</source>
        <translation>Disputa escalada para a plataforma</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>Recurso apresentado</translation>
    </message>
    <message>
        <source>Refund issued</source>
        <translation>Reembolso emitido</translation>
    </message>
    <message>
        <source>Refund received</source>
        <translation>Reembolso recebido</translation>
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
        <translation>Movido para a lixeira</translation>
    </message>
    <message>
        <source>Restored from trash</source>
        <translation>Restaurado da lixeira</translation>
    </message>
    <message>
        <source>tracking stopped moving</source>
        <translation>o rastreio parou de atualizar</translation>
    </message>
    <message>
        <source>sent to the wrong address</source>
        <translation>enviado para o endereço errado</translation>
    </message>
    <message>
        <source>delivery period ending</source>
        <translation>prazo de entrega acabando</translation>
    </message>
    <message>
        <source>returned to the sender</source>
        <translation>devolvido ao remetente</translation>
    </message>
    <message>
        <source>held at customs</source>
        <translation>retido na alfândega</translation>
    </message>
    <message>
        <source>not as described</source>
        <translation>diferente do anunciado</translation>
    </message>
    <message>
        <source>defective</source>
        <translation>com defeito</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>danificado</translation>
    </message>
    <message>
        <source>wrong item</source>
        <translation>item errado</translation>
    </message>
    <message>
        <source>fewer items than ordered</source>
        <translation>menos itens do que o pedido</translation>
    </message>
    <message>
        <source>counterfeit</source>
        <translation>falsificado</translation>
    </message>
    <message>
        <source>empty parcel</source>
        <translation>encomenda vazia</translation>
    </message>
    <message>
        <source>changed my mind</source>
        <translation>mudei de ideia</translation>
    </message>
    <message>
        <source>found it cheaper</source>
        <translation>encontrei mais barato</translation>
    </message>
    <message>
        <source>seller out of stock</source>
        <translation>vendedor sem estoque</translation>
    </message>
    <message>
        <source>seller raised the price</source>
        <translation>vendedor aumentou o preço</translation>
    </message>
    <message>
        <source>the seller asked</source>
        <translation>a pedido do vendedor</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outro</translation>
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
        <translation>rejeitada</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Carteira digital</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo da plataforma</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Forma de pagamento</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Ship-by time</source>
        <translation>Prazo de envio</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>{time} or later</source>
        <translation>{time} ou depois</translation>
    </message>
    <message>
        <source>Date not known: the import or the pasted page didn&apos;t say when.</source>
        <translation>Data desconhecida: a importação ou a página colada não dizia quando.</translation>
    </message>
    <message>
        <source>About item {item}</source>
        <translation>Sobre o item {item}</translation>
    </message>
    <message>
        <source>Tracking number: {tracking} ({carrier})</source>
        <translation>Código de rastreio: {tracking} ({carrier})</translation>
    </message>
    <message>
        <source>Tracking number: {tracking}</source>
        <translation>Código de rastreio: {tracking}</translation>
    </message>
    <message>
        <source>Carrier: {carrier}</source>
        <translation>Transportadora: {carrier}</translation>
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
        <translation>Com devolução do item</translation>
    </message>
    <message>
        <source>Seller offers: {amount}</source>
        <translation>Oferta do vendedor: {amount}</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Resultado: {outcome}</translation>
    </message>
    <message>
        <source>Amount: {amount}</source>
        <translation>Valor: {amount}</translation>
    </message>
    <message numerus="yes">
        <source>Processing time: %n day(s)</source>
        <translation>
            <numerusform>Tempo de processamento: %n dia</numerusform>
            <numerusform>Tempo de processamento: %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Seller must ship by {time}</source>
        <translation>O vendedor deve enviar até {time}</translation>
    </message>
    <message>
        <source>Protection ends {time}</source>
        <translation>A proteção termina em {time}</translation>
    </message>
    <message numerus="yes">
        <source>By %n day(s)</source>
        <translation>
            <numerusform>Por mais %n dia</numerusform>
            <numerusform>Por mais %n dias</numerusform>
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
        <translation>Use o assistente de cancelamento (&quot;advise cancel&quot;): um pedido que ainda não foi enviado deve ser cancelado, e não ir para disputa.</translation>
    </message>
    <message>
        <source>Record the refund here when the money arrives.</source>
        <translation>Registre o reembolso aqui quando o dinheiro chegar.</translation>
    </message>
    <message>
        <source>Don&apos;t confirm receipt before the parcel is in your hands, even if the seller asks: it ends buyer protection, and a &quot;not received&quot; dispute can&apos;t be opened after it.</source>
        <translation>Não confirme o recebimento antes de ter a encomenda em mãos, mesmo que o vendedor peça: isso encerra a proteção ao comprador, e depois não é possível abrir uma disputa por &quot;não recebido&quot;.</translation>
    </message>
    <message>
        <source>Don&apos;t cancel the dispute or press &quot;Accept&quot; on the seller&apos;s promise alone: a cancelled dispute can be opened again only while buyer protection runs.</source>
        <translation>Não cancele a disputa nem clique em &quot;Aceitar&quot; só com base na promessa do vendedor: uma disputa cancelada só pode ser aberta de novo enquanto durar a proteção ao comprador.</translation>
    </message>
    <message>
        <source>Don&apos;t file a chargeback with your bank beside an open case: the order freezes and you may lose both.</source>
        <translation>Não peça a contestação no cartão (chargeback) ao seu banco enquanto houver um caso em aberto: o pedido fica congelado e você pode perder os dois.</translation>
    </message>
    <message>
        <source>Wait until the window opens; meanwhile collect the evidence in the checklist.</source>
        <translation>Espere até que seja possível abrir a disputa; enquanto isso, reúna as provas da lista.</translation>
    </message>
    <message>
        <source>Write to the seller meanwhile: sometimes that is enough.</source>
        <translation>Enquanto isso, escreva ao vendedor: às vezes isso basta.</translation>
    </message>
    <message>
        <source>Ask the seller to extend buyer protection if the parcel is late and still on its way.</source>
        <translation>Peça ao vendedor para prorrogar a proteção ao comprador se a encomenda estiver atrasada e ainda a caminho.</translation>
    </message>
    <message>
        <source>Open this wizard again when the parcel has arrived.</source>
        <translation>Abra este assistente de novo quando a encomenda chegar.</translation>
    </message>
    <message>
        <source>Ask for a full refund.</source>
        <translation>Solicite o reembolso total.</translation>
    </message>
    <message numerus="yes">
        <source>Ask for a partial refund if you keep the item, or for a full refund with a return (then ship it within %n day(s) of the agreement).</source>
        <translation>
            <numerusform>Solicite um reembolso parcial se ficar com o item, ou um reembolso total com devolução (nesse caso, envie-o em até %n dia após o acordo).</numerusform>
            <numerusform>Solicite um reembolso parcial se ficar com o item, ou um reembolso total com devolução (nesse caso, envie-o em até %n dias após o acordo).</numerusform>
        </translation>
    </message>
    <message>
        <source>Collect the evidence in the checklist before you open the dispute.</source>
        <translation>Reúna as provas da lista antes de abrir a disputa.</translation>
    </message>
    <message>
        <source>On the order page press &quot;Open dispute&quot; and choose the reason.</source>
        <translation>Na página do pedido, clique em &quot;Abrir disputa&quot; e escolha o motivo.</translation>
    </message>
    <message>
        <source>Paste the drafted dispute text into the form, fill in the parts in […], and attach the evidence.</source>
        <translation>Cole o texto da disputa redigido no formulário, preencha as partes em […] e anexe as provas.</translation>
    </message>
    <message numerus="yes">
        <source>Record the dispute here: the seller then has %n day(s) to answer, and after {escalation} it goes to the platform.</source>
        <translation>
            <numerusform>Registre a disputa aqui: o vendedor terá então %n dia para responder e, depois de {escalation}, ela vai para a plataforma.</numerusform>
            <numerusform>Registre a disputa aqui: o vendedor terá então %n dias para responder e, depois de {escalation}, ela vai para a plataforma.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>after this long the dispute goes to the platform</comment>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buyer protection ended at {ended}: the safe time to open a dispute was before then. The order counts as completed, and a completed order can still be disputed for %n day(s) (until {closes}; {confidence}): this is the last chance, open it now.</source>
        <translation>
            <numerusform>A proteção ao comprador terminou em {ended}: o momento seguro para abrir uma disputa era antes disso. O pedido conta como concluído, e ainda é possível abrir disputa de um pedido concluído por %n dia (até {closes}; {confidence}): esta é a última chance, abra-a agora.</numerusform>
            <numerusform>A proteção ao comprador terminou em {ended}: o momento seguro para abrir uma disputa era antes disso. O pedido conta como concluído, e ainda é possível abrir disputa de um pedido concluído por %n dias (até {closes}; {confidence}): esta é a última chance, abra-a agora.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform&apos;s window is missed, but your payment method may still protect you (see below).</source>
        <translation>O prazo da plataforma foi perdido, mas a sua forma de pagamento ainda pode proteger você (veja abaixo).</translation>
    </message>
    <message>
        <source>The platform&apos;s window is missed, and no payment-method fallback applies any more.</source>
        <translation>O prazo da plataforma foi perdido, e não há mais alternativa pela forma de pagamento.</translation>
    </message>
    <message>
        <source>The seller didn&apos;t answer in time, so the refund you asked for goes through. Record it here when the money arrives.</source>
        <translation>O vendedor não respondeu a tempo, então o reembolso que você solicitou é concedido. Registre-o aqui quando o dinheiro chegar.</translation>
    </message>
    <message numerus="yes">
        <source>The seller must answer within %n day(s) of the opening; if silent, your return is accepted: ship the item back within {return_days} and record its tracking number.</source>
        <translation>
            <numerusform>O vendedor deve responder em até %n dia após a abertura; se não responder, sua devolução é aceita: envie o item de volta em até {return_days} e registre o código de rastreio.</numerusform>
            <numerusform>O vendedor deve responder em até %n dias após a abertura; se não responder, sua devolução é aceita: envie o item de volta em até {return_days} e registre o código de rastreio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>the time to ship a return back</comment>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The seller must answer within %n day(s) of the opening; if silent, the refund you asked for goes through.</source>
        <translation>
            <numerusform>O vendedor deve responder em até %n dia após a abertura; se não responder, o reembolso que você solicitou é concedido.</numerusform>
            <numerusform>O vendedor deve responder em até %n dias após a abertura; se não responder, o reembolso que você solicitou é concedido.</numerusform>
        </translation>
    </message>
    <message>
        <source>The seller answered: accept an offer only when the money or the return is agreed on the platform, not on a promise.</source>
        <translation>O vendedor respondeu: aceite uma oferta só quando o valor ou a devolução estiver acordado na plataforma, não por uma promessa.</translation>
    </message>
    <message numerus="yes">
        <source>If it is still unresolved %n day(s) after the opening, it goes to the platform; you can press &quot;Escalate dispute&quot; earlier.</source>
        <translation>
            <numerusform>Se ainda não estiver resolvida %n dia após a abertura, ela vai para a plataforma; você pode clicar em &quot;Escalar disputa&quot; antes disso.</numerusform>
            <numerusform>Se ainda não estiver resolvida %n dias após a abertura, ela vai para a plataforma; você pode clicar em &quot;Escalar disputa&quot; antes disso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The platform decided against you: you can appeal once, within %n day(s) of the decision, with more evidence.</source>
        <translation>
            <numerusform>A plataforma decidiu contra você: você pode recorrer uma vez, com mais provas, em até %n dia após a decisão.</numerusform>
            <numerusform>A plataforma decidiu contra você: você pode recorrer uma vez, com mais provas, em até %n dias após a decisão.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the appeal fails too, the payment method&apos;s own protection may still help (see the deadlines).</source>
        <translation>Se o recurso também falhar, a proteção da própria forma de pagamento ainda pode ajudar (veja os prazos).</translation>
    </message>
    <message numerus="yes">
        <source>Ship the return within %n day(s) of the decision and record its tracking number, or the refund is lost.</source>
        <translation>
            <numerusform>Envie a devolução em até %n dia após a decisão e registre o código de rastreio, senão o reembolso é perdido.</numerusform>
            <numerusform>Envie a devolução em até %n dias após a decisão e registre o código de rastreio, senão o reembolso é perdido.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform is deciding: answer its questions quickly and add evidence if it asks.</source>
        <translation>A plataforma está decidindo: responda rapidamente às perguntas dela e adicione provas se ela pedir.</translation>
    </message>
    <message>
        <source>Record the seller&apos;s answer, the escalation, the decision and the refund here as they happen.</source>
        <translation>Registre aqui a resposta do vendedor, a escalada, a decisão e o reembolso à medida que acontecerem.</translation>
    </message>
</context>
<context>
    <name>doctor</name>
    <message>
        <source>in use by a Dispute Desk window or command that is running: {path}</source>
        <translation>em uso por uma janela ou comando do Dispute Desk em execução: {path}</translation>
    </message>
    <message>
        <source>left by an interrupted run (the next run removes it): {path}</source>
        <translation>deixado por uma execução interrompida (a próxima execução o remove): {path}</translation>
    </message>
    <message>
        <source>{work} ({detail})</source>
        <translation>{work} ({detail})</translation>
    </message>
    <message>
        <source>{work} started {time} was interrupted; nothing of it was saved</source>
        <translation>{work} iniciada em {time} foi interrompida; nada dela foi salvo</translation>
    </message>
    <message>
        <source>the disk holding {path} has only {size} free</source>
        <translation>o disco com {path} tem apenas {size} livres</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>uma importação</translation>
    </message>
    <message>
        <source>a restore</source>
        <translation>uma restauração</translation>
    </message>
    <message>
        <source>an upgrade of the data</source>
        <translation>uma atualização dos dados</translation>
    </message>
    <message>
        <source>{path} is damaged or not a Dispute Desk data file ({reason})</source>
        <translation>{path} está danificado ou não é um arquivo de dados do Dispute Desk ({reason})</translation>
    </message>
    <message>
        <source>the data file was read without locking it (the disk is full): changes another window is making right now are not part of this check</source>
        <translation>o arquivo de dados foi lido sem bloqueá-lo (o disco está cheio): as alterações que outra janela está fazendo agora não fazem parte desta verificação</translation>
    </message>
    <message>
        <source>the data is at schema {revision}; this version upgrades it to {head} when it next opens it (only the file&apos;s integrity was checked)</source>
        <translation>os dados estão no esquema {revision}; esta versão os atualiza para {head} na próxima vez que abri-los (só a integridade do arquivo foi verificada)</translation>
    </message>
    <message>
        <source>evidence item {file} of order {order}: {reason}</source>
        <translation>item de prova {file} do pedido {order}: {reason}</translation>
    </message>
    <message>
        <source>evidence file missing: {file} of order {order} ({path})</source>
        <translation>arquivo de prova ausente: {file} do pedido {order} ({path})</translation>
    </message>
    <message>
        <source>evidence file damaged (its content changed): {file} of order {order} ({path})</source>
        <translation>arquivo de prova danificado (o conteúdo mudou): {file} do pedido {order} ({path})</translation>
    </message>
    <message>
        <source>evidence file no item refers to (can be deleted): {path}</source>
        <translation>arquivo de prova a que nenhum item se refere (pode ser apagado): {path}</translation>
    </message>
    <message>
        <source>schema: the table {table} is missing</source>
        <translation>esquema: a tabela {table} está faltando</translation>
    </message>
    <message>
        <source>schema: the table {table} lacks the column(s) {columns}</source>
        <translation>esquema: a tabela {table} não tem a(s) coluna(s) {columns}</translation>
    </message>
    <message>
        <source>{table} row {rows} names its file with something that is not a SHA-256 and one of the app&apos;s extensions</source>
        <translation>{table}, linha {rows}: o nome do arquivo não é um SHA-256 com uma das extensões do app</translation>
    </message>
    <message>
        <source>{table} row {rows} is of a kind the app doesn&apos;t know</source>
        <translation>{table}, linha {rows}: é de um tipo que o app não conhece</translation>
    </message>
    <message>
        <source>{table} row {rows} holds a time the app can&apos;t read</source>
        <translation>{table}, linha {rows}: contém uma data e hora que o app não consegue ler</translation>
    </message>
    <message>
        <source>{table} row {rows} holds a total or currency the app can&apos;t read</source>
        <translation>{table}, linha {rows}: contém um total ou moeda que o app não consegue ler</translation>
    </message>
    <message>
        <source>{table} row {rows} holds a price or quantity the app can&apos;t read</source>
        <translation>{table}, linha {rows}: contém um preço ou quantidade que o app não consegue ler</translation>
    </message>
    <message numerus="yes">
        <source>{rows} and %n more</source>
        <translation>
            <numerusform>{rows} e mais %n</numerusform>
            <numerusform>{rows} e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{table} row {row}: refers to a missing row in {parent}</source>
        <translation>{table}, linha {row}: faz referência a uma linha inexistente em {parent}</translation>
    </message>
    <message>
        <source>integrity: {problem}</source>
        <translation>integridade: {problem}</translation>
    </message>
    <message>
        <source>foreign key: {problem}</source>
        <translation>chave estrangeira: {problem}</translation>
    </message>
</context>
<context>
    <name>draft</name>
    <message>
        <source>Hello! I&apos;d like to cancel order {order}: I no longer need it. Please don&apos;t ship it; I&apos;m sending a cancellation request now. Could you please approve it? Thank you!</source>
        <translation>Olá! Gostaria de cancelar o pedido {order}: não preciso mais dele. Por favor, não o envie; estou enviando agora uma solicitação de cancelamento. Você poderia aprová-la? Agradeço desde já!</translation>
    </message>
    <message>
        <source>Hello! I&apos;d like to cancel order {order}. Please don&apos;t ship it; I&apos;m sending a cancellation request now. Could you please approve it? Thank you!</source>
        <translation>Olá! Gostaria de cancelar o pedido {order}. Por favor, não o envie; estou enviando agora uma solicitação de cancelamento. Você poderia aprová-la? Agradeço desde já!</translation>
    </message>
    <message>
        <source>Hello! I have sent a cancellation request for order {order}. Could you please approve it and not ship the order? Thank you!</source>
        <translation>Olá! Enviei uma solicitação de cancelamento do pedido {order}. Você poderia aprová-la e não enviar o pedido? Agradeço desde já!</translation>
    </message>
    <message>
        <source>Hello! I understand the item in order {order} is out of stock. I won&apos;t cancel the order myself: if you can&apos;t ship it, the order will close automatically when the shipping time runs out, and the payment will be refunded. Thank you!</source>
        <translation>Olá! Entendo que o item do pedido {order} está sem estoque. Não vou cancelar o pedido por conta própria: se você não puder enviá-lo, o pedido será fechado automaticamente quando o prazo de envio acabar, e o pagamento será reembolsado. Agradeço!</translation>
    </message>
    <message>
        <source>Hello! Order {order} was paid at the price shown when I ordered; please ship it at that price. I won&apos;t cancel the order myself: if you can&apos;t ship it, the order will close automatically when the shipping time runs out, and the payment will be refunded. Thank you!</source>
        <translation>Olá! O pedido {order} foi pago pelo preço exibido no momento da compra; por favor, envie-o por esse preço. Não vou cancelar o pedido por conta própria: se você não puder enviá-lo, o pedido será fechado automaticamente quando o prazo de envio acabar, e o pagamento será reembolsado. Agradeço!</translation>
    </message>
    <message>
        <source>Hello! You asked me to cancel order {order}. I&apos;d rather not cancel it myself: if you can&apos;t ship it, the order will close automatically when the shipping time runs out, and the payment will be refunded. Thank you for understanding!</source>
        <translation>Olá! Você me pediu para cancelar o pedido {order}. Prefiro não fazer o cancelamento por conta própria: se você não puder enviá-lo, o pedido será fechado automaticamente quando o prazo de envio acabar, e o pagamento será reembolsado. Agradeço a compreensão!</translation>
    </message>
    <message>
        <source>Reason: {reason}.</source>
        <translation>Motivo: {reason}.</translation>
    </message>
    <message>
        <source>Order {order}, item “{item}”</source>
        <translation>Pedido {order}, item “{item}”</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Pedido {order}</translation>
    </message>
    <message>
        <source>ordered on {date}</source>
        <translation>comprado em {date}</translation>
    </message>
    <message>
        <source>shipped on {date}</source>
        <translation>enviado em {date}</translation>
    </message>
    <message>
        <source>received on {date}</source>
        <translation>recebido em {date}</translation>
    </message>
    <message>
        <source>delivered on {date} according to the tracking</source>
        <translation>entregue em {date}, segundo o rastreio</translation>
    </message>
    <message>
        <source>{about}: {dates}.</source>
        <translation>{about}: {dates}.</translation>
    </message>
    <message>
        <source>I ask for a full refund.</source>
        <translation>Solicito o reembolso total.</translation>
    </message>
    <message>
        <source>[amount]</source>
        <translation>[valor]</translation>
    </message>
    <message>
        <source>I ask for a partial refund of {amount} and will keep the item, or a full refund if I return it.</source>
        <translation>Solicito um reembolso parcial de {amount} e fico com o item, ou o reembolso total se eu devolvê-lo.</translation>
    </message>
    <message numerus="yes">
        <source>I attach %n photo(s) or video(s) that show it.</source>
        <translation>
            <numerusform>Anexo %n foto ou vídeo que comprova isso.</numerusform>
            <numerusform>Anexo %n fotos ou vídeos que comprovam isso.</numerusform>
        </translation>
    </message>
    <message>
        <source>[Attach photos or a video that show it, and say so here.]</source>
        <translation>[Anexe fotos ou um vídeo que mostrem isso e mencione aqui.]</translation>
    </message>
    <message>
        <source>I attach screenshots of the tracking ({count}).</source>
        <translation>Anexo capturas de tela do rastreio ({count}).</translation>
    </message>
    <message>
        <source>[Attach screenshots of the tracking, and say so here.]</source>
        <translation>[Anexe capturas de tela do rastreio e mencione aqui.]</translation>
    </message>
    <message>
        <source>[date of shipment]</source>
        <translation>[data do envio]</translation>
    </message>
    <message>
        <source>[date you received it]</source>
        <translation>[data em que você recebeu]</translation>
    </message>
    <message>
        <source>[date of delivery]</source>
        <translation>[data da entrega]</translation>
    </message>
    <message>
        <source>The tracking hasn&apos;t been updated since [date of the last update], and I haven&apos;t received the parcel.</source>
        <translation>O rastreio não é atualizado desde [data da última atualização], e não recebi a encomenda.</translation>
    </message>
    <message>
        <source>The tracking shows the parcel going to [the other destination or country], not to my address.</source>
        <translation>O rastreio mostra a encomenda indo para [o outro destino ou país], e não para o meu endereço.</translation>
    </message>
    <message>
        <source>Buyer protection ends soon and the parcel still hasn&apos;t arrived; the tracking last showed [last tracking event].</source>
        <translation>A proteção ao comprador termina em breve e a encomenda ainda não chegou; o último registro do rastreio foi [último evento do rastreio].</translation>
    </message>
    <message>
        <source>The tracking shows the parcel returned to the sender on [date]; I never received it.</source>
        <translation>O rastreio mostra que a encomenda foi devolvida ao remetente em [data]; nunca a recebi.</translation>
    </message>
    <message>
        <source>The parcel is held at customs since [date]: [what customs says].</source>
        <translation>A encomenda está retida na alfândega desde [data]: [o que a alfândega diz].</translation>
    </message>
    <message>
        <source>The listing promised: [what the listing said]. What arrived: [what you received].</source>
        <translation>O anúncio prometia: [o que o anúncio dizia]. O que chegou: [o que você recebeu].</translation>
    </message>
    <message>
        <source>The item doesn&apos;t work: [what happens when you use it]. The listing promised: [what the listing said].</source>
        <translation>O item não funciona: [o que acontece quando você o usa]. O anúncio prometia: [o que o anúncio dizia].</translation>
    </message>
    <message>
        <source>The item arrived damaged: [what is damaged].</source>
        <translation>O item chegou danificado: [o que está danificado].</translation>
    </message>
    <message>
        <source>I ordered [what you ordered], but received [what arrived].</source>
        <translation>Comprei [o que você comprou], mas recebi [o que chegou].</translation>
    </message>
    <message>
        <source>I ordered [number] pieces, but only [number] arrived.</source>
        <translation>Comprei [número] unidades, mas só chegaram [número].</translation>
    </message>
    <message>
        <source>The listing promised a genuine [brand] product, but what arrived is a counterfeit: [what shows it].</source>
        <translation>O anúncio prometia um produto original [marca], mas o que chegou é falsificado: [o que mostra isso].</translation>
    </message>
    <message>
        <source>The parcel arrived empty: it weighs [weight] instead of [expected weight].</source>
        <translation>A encomenda chegou vazia: pesa [peso] em vez de [peso esperado].</translation>
    </message>
    <message>
        <source>parcel not received, tracking not updated</source>
        <translation>encomenda não recebida, rastreio não atualizado</translation>
    </message>
    <message>
        <source>parcel not received, sent to another destination</source>
        <translation>encomenda não recebida, enviada para outro destino</translation>
    </message>
    <message>
        <source>parcel not received, delivery period ending</source>
        <translation>encomenda não recebida, prazo de entrega acabando</translation>
    </message>
    <message>
        <source>parcel not received, returned to the sender</source>
        <translation>encomenda não recebida, devolvida ao remetente</translation>
    </message>
    <message>
        <source>parcel not received, held at customs</source>
        <translation>encomenda não recebida, retida na alfândega</translation>
    </message>
    <message>
        <source>item not as described</source>
        <translation>item diferente do anunciado</translation>
    </message>
    <message>
        <source>item defective or doesn&apos;t work</source>
        <translation>item com defeito ou que não funciona</translation>
    </message>
    <message>
        <source>item damaged</source>
        <translation>item danificado</translation>
    </message>
    <message>
        <source>wrong item sent</source>
        <translation>item errado enviado</translation>
    </message>
    <message>
        <source>quantity short</source>
        <translation>quantidade menor</translation>
    </message>
    <message>
        <source>counterfeit item</source>
        <translation>item falsificado</translation>
    </message>
    <message>
        <source>empty parcel</source>
        <translation>encomenda vazia</translation>
    </message>
</context>
<context>
    <name>event</name>
    <message>
        <source>paid</source>
        <translation>pagamento</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>envio</translation>
    </message>
    <message>
        <source>tracking-update</source>
        <translation>atualização de rastreio</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entrega</translation>
    </message>
    <message>
        <source>received</source>
        <translation>confirmação de recebimento</translation>
    </message>
    <message>
        <source>cancel-requested</source>
        <translation>solicitação de cancelamento</translation>
    </message>
    <message>
        <source>cancel-approved</source>
        <translation>cancelamento aprovado</translation>
    </message>
    <message>
        <source>cancel-rejected</source>
        <translation>cancelamento recusado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelamento</translation>
    </message>
    <message>
        <source>extension-requested</source>
        <translation>solicitação de prorrogação</translation>
    </message>
    <message>
        <source>protection-extended</source>
        <translation>proteção prorrogada</translation>
    </message>
    <message>
        <source>dispute-opened</source>
        <translation>abertura de disputa</translation>
    </message>
    <message>
        <source>dispute-cancelled</source>
        <translation>cancelamento da disputa</translation>
    </message>
    <message>
        <source>seller-responded</source>
        <translation>resposta do vendedor</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalada</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>decisão</translation>
    </message>
    <message>
        <source>appealed</source>
        <translation>recurso</translation>
    </message>
    <message>
        <source>refund-issued</source>
        <translation>reembolso emitido</translation>
    </message>
    <message>
        <source>refund-received</source>
        <translation>reembolso recebido</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>pedido realizado</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edição</translation>
    </message>
    <message>
        <source>trashed</source>
        <translation>mover para a lixeira</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restauração</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>Screenshots of the tracking page, with the dates of its last events</source>
        <translation>Capturas de tela da página de rastreio, com as datas dos últimos eventos</translation>
    </message>
    <message>
        <source>Screenshots of your chat with the seller</source>
        <translation>Capturas de tela do seu chat com o vendedor</translation>
    </message>
    <message>
        <source>An unboxing video, from the sealed parcel to its contents</source>
        <translation>Um vídeo da abertura da encomenda, desde a embalagem lacrada até o conteúdo</translation>
    </message>
    <message>
        <source>A screenshot of the listing (description, photos, chosen options)</source>
        <translation>Uma captura de tela do anúncio (descrição, fotos, opções escolhidas)</translation>
    </message>
    <message>
        <source>Screenshots of the tracking page, with the dates of its last events (no update for a long time)</source>
        <translation>Capturas de tela da página de rastreio, com as datas dos últimos eventos (sem atualização há muito tempo)</translation>
    </message>
    <message>
        <source>Screenshots of the tracking page, with the dates of its last events (another destination, country or post office)</source>
        <translation>Capturas de tela da página de rastreio, com as datas dos últimos eventos (outro destino, país ou agência dos Correios)</translation>
    </message>
    <message>
        <source>A screenshot of your delivery address on the order page</source>
        <translation>Uma captura de tela do seu endereço de entrega na página do pedido</translation>
    </message>
    <message>
        <source>A statement from your post office that the parcel didn&apos;t arrive there</source>
        <translation>Uma declaração da sua agência dos Correios de que a encomenda não chegou lá</translation>
    </message>
    <message>
        <source>A screenshot of the buyer protection countdown on the order page</source>
        <translation>Uma captura de tela da contagem regressiva da proteção ao comprador na página do pedido</translation>
    </message>
    <message>
        <source>Screenshots of the tracking page, with the dates of its last events (the return to the sender)</source>
        <translation>Capturas de tela da página de rastreio, com as datas dos últimos eventos (a devolução ao remetente)</translation>
    </message>
    <message>
        <source>Screenshots of the tracking page, with the dates of its last events (held at customs)</source>
        <translation>Capturas de tela da página de rastreio, com as datas dos últimos eventos (retida na alfândega)</translation>
    </message>
    <message>
        <source>The customs or post-office statement or notice about the parcel</source>
        <translation>A declaração ou o aviso da alfândega ou dos Correios sobre a encomenda</translation>
    </message>
    <message>
        <source>Photos of each difference from the listing</source>
        <translation>Fotos de cada diferença em relação ao anúncio</translation>
    </message>
    <message>
        <source>For size problems: a photo with a ruler next to the item, and its size label</source>
        <translation>Para problemas de tamanho: uma foto com uma régua ao lado do item e a etiqueta de tamanho</translation>
    </message>
    <message>
        <source>A video showing that it doesn&apos;t work</source>
        <translation>Um vídeo mostrando que não funciona</translation>
    </message>
    <message>
        <source>Photos of the defect</source>
        <translation>Fotos do defeito</translation>
    </message>
    <message>
        <source>Photos of each damage</source>
        <translation>Fotos de cada dano</translation>
    </message>
    <message>
        <source>Photos of the parcel and its packaging as it arrived</source>
        <translation>Fotos da encomenda e da embalagem como chegaram</translation>
    </message>
    <message>
        <source>A post-office statement if the parcel arrived damaged</source>
        <translation>Uma declaração dos Correios, se a encomenda chegou danificada</translation>
    </message>
    <message>
        <source>Photos of what arrived, next to the listing&apos;s photos</source>
        <translation>Fotos do que chegou, ao lado das fotos do anúncio</translation>
    </message>
    <message>
        <source>Photos of the labels and markings of what arrived</source>
        <translation>Fotos das etiquetas e marcações do que chegou</translation>
    </message>
    <message>
        <source>A photo of everything that arrived, laid out and counted</source>
        <translation>Uma foto de tudo o que chegou, organizado e contado</translation>
    </message>
    <message>
        <source>A weight photo of the parcel on scales</source>
        <translation>Uma foto da encomenda na balança, mostrando o peso</translation>
    </message>
    <message>
        <source>A screenshot of the listing (description, photos, chosen options) showing the quantity</source>
        <translation>Uma captura de tela do anúncio (descrição, fotos, opções escolhidas) mostrando a quantidade</translation>
    </message>
    <message>
        <source>Photos of each difference from the genuine product (logos, labels, serial numbers)</source>
        <translation>Fotos de cada diferença em relação ao produto original (logotipos, etiquetas, números de série)</translation>
    </message>
    <message>
        <source>A screenshot of the listing (description, photos, chosen options) claiming the brand</source>
        <translation>Uma captura de tela do anúncio (descrição, fotos, opções escolhidas) que cita a marca</translation>
    </message>
    <message>
        <source>Photos of the empty parcel and its packaging</source>
        <translation>Fotos da encomenda vazia e da embalagem</translation>
    </message>
    <message>
        <source>A post-office statement of the parcel&apos;s weight on delivery</source>
        <translation>Uma declaração dos Correios com o peso da encomenda na entrega</translation>
    </message>
    <message>
        <source>JPEG, PNG, WebP, HEIC, MP4, MOV or WebM</source>
        <translation>JPEG, PNG, WebP, HEIC, MP4, MOV ou WebM</translation>
    </message>
    <message>
        <source>{name} is an AVIF image; only {formats} files can be attached</source>
        <translation>{name} é uma imagem AVIF; só é possível anexar arquivos {formats}</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a named pipe or a device); only files can be attached</source>
        <translation>{path} não é um arquivo comum (é um pipe nomeado ou um dispositivo); só é possível anexar arquivos</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} não existe</translation>
    </message>
    <message>
        <source>{path} is a folder, not a photo or video</source>
        <translation>{path} é uma pasta, não uma foto ou vídeo</translation>
    </message>
    <message>
        <source>{path} can&apos;t be read (no permission)</source>
        <translation>não é possível ler {path} (sem permissão)</translation>
    </message>
    <message>
        <source>{path} can&apos;t be read: {reason}</source>
        <translation>não é possível ler {path}: {reason}</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} está vazio</translation>
    </message>
    <message>
        <source>{name} is larger than 4 GB</source>
        <translation>{name} tem mais de 4 GB</translation>
    </message>
    <message>
        <source>{name} is not a photo or video that can be kept ({formats})</source>
        <translation>{name} não é uma foto ou vídeo que possa ser guardado ({formats})</translation>
    </message>
    <message>
        <source>{name} has no pixels</source>
        <translation>{name} não tem pixels</translation>
    </message>
    <message>
        <source>{name} is {width}×{height} pixels, too large to keep (at most {megapixels} megapixels and {side} pixels a side)</source>
        <translation>{name} tem {width}×{height} pixels, grande demais para guardar (no máximo {megapixels} megapixels e {side} pixels por lado)</translation>
    </message>
    <message>
        <source>{name} is too large to open safely (a decompression bomb?)</source>
        <translation>{name} é grande demais para abrir com segurança (uma bomba de descompressão?)</translation>
    </message>
    <message>
        <source>{name} is not a readable image</source>
        <translation>{name} não é uma imagem legível</translation>
    </message>
    <message>
        <source>{name} is damaged or cut off ({reason})</source>
        <translation>{name} está danificado ou cortado ({reason})</translation>
    </message>
    <message>
        <source>{sha256} is not a SHA-256; no cached file is made for it</source>
        <translation>{sha256} não é um SHA-256; nenhum arquivo em cache é criado para ele</translation>
    </message>
    <message>
        <source>{source} can&apos;t be read: {reason}</source>
        <translation>não é possível ler {source}: {reason}</translation>
    </message>
    <message>
        <source>{name} changed while it was being attached; try again</source>
        <translation>{name} mudou enquanto estava sendo anexado; tente novamente</translation>
    </message>
    <message>
        <source>{name} is not a readable image: {reason}</source>
        <translation>{name} não é uma imagem legível: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a readable video: {reason}</source>
        <translation>{name} não é um vídeo legível: {reason}</translation>
    </message>
    <message>
        <source>too many boxes</source>
        <translation>caixas demais</translation>
    </message>
    <message>
        <source>it ends in the middle of a box (cut off?)</source>
        <translation>termina no meio de uma caixa (cortado?)</translation>
    </message>
    <message>
        <source>a box has an impossible size ({size} bytes)</source>
        <translation>uma caixa tem um tamanho impossível ({size} bytes)</translation>
    </message>
    <message>
        <source>a box runs past the end of the file (cut off?)</source>
        <translation>uma caixa ultrapassa o fim do arquivo (cortado?)</translation>
    </message>
    <message>
        <source>it does not start with a valid file-type box</source>
        <translation>não começa com uma caixa de tipo de arquivo válida</translation>
    </message>
    <message>
        <source>{name} is not a readable image: it has no image header (meta box)</source>
        <translation>{name} não é uma imagem legível: não tem cabeçalho de imagem (caixa meta)</translation>
    </message>
    <message>
        <source>it has two movie headers</source>
        <translation>tem dois cabeçalhos de vídeo</translation>
    </message>
    <message>
        <source>it has no movie header (moov box)</source>
        <translation>não tem cabeçalho de vídeo (caixa moov)</translation>
    </message>
    <message>
        <source>it has no media data</source>
        <translation>não tem dados de mídia</translation>
    </message>
    <message>
        <source>its movie header is implausibly large</source>
        <translation>o cabeçalho de vídeo é grande demais para ser plausível</translation>
    </message>
    <message>
        <source>it has no video track</source>
        <translation>não tem faixa de vídeo</translation>
    </message>
    <message>
        <source>it ends in the middle of an element (cut off?)</source>
        <translation>termina no meio de um elemento (cortado?)</translation>
    </message>
    <message>
        <source>an element has an invalid length</source>
        <translation>um elemento tem um comprimento inválido</translation>
    </message>
    <message>
        <source>an element has an invalid ID</source>
        <translation>um elemento tem um ID inválido</translation>
    </message>
    <message>
        <source>an element runs past the end of the file (cut off?)</source>
        <translation>um elemento ultrapassa o fim do arquivo (cortado?)</translation>
    </message>
    <message>
        <source>too many elements</source>
        <translation>elementos demais</translation>
    </message>
    <message>
        <source>an element inside the header has an unknown size</source>
        <translation>um elemento dentro do cabeçalho tem tamanho desconhecido</translation>
    </message>
    <message>
        <source>its EBML header is invalid</source>
        <translation>o cabeçalho EBML é inválido</translation>
    </message>
    <message>
        <source>it is not a WebM or Matroska file</source>
        <translation>não é um arquivo WebM nem Matroska</translation>
    </message>
    <message>
        <source>it has no segment after its header</source>
        <translation>não tem segmento depois do cabeçalho</translation>
    </message>
    <message>
        <source>its track or info header has an invalid size</source>
        <translation>o cabeçalho de faixa ou de informações tem um tamanho inválido</translation>
    </message>
    <message>
        <source>it has no frames</source>
        <translation>não tem quadros</translation>
    </message>
    <message>
        <source>a block inside a cluster has an unknown size</source>
        <translation>um bloco dentro de um cluster tem tamanho desconhecido</translation>
    </message>
    <message>
        <source>no files to attach</source>
        <translation>nenhum arquivo para anexar</translation>
    </message>
    <message>
        <source>attach at most {limit} files at a time</source>
        <translation>anexe no máximo {limit} arquivos de cada vez</translation>
    </message>
    <message>
        <source>{file} is not an image</source>
        <translation>{file} não é uma imagem</translation>
    </message>
    <message>
        <source>a thumbnail is between 16 and 2048 pixels a side</source>
        <translation>uma miniatura tem entre 16 e 2048 pixels por lado</translation>
    </message>
    <message>
        <source>the stored file of {file} is missing (run &apos;dispute-desk doctor&apos;)</source>
        <translation>o arquivo armazenado de {file} está faltando (execute &apos;dispute-desk doctor&apos;)</translation>
    </message>
    <message>
        <source>evidence item {name} of order {order}: {reason}</source>
        <translation>item de prova {name} do pedido {order}: {reason}</translation>
    </message>
    <message>
        <source>evidence file missing: {name} of order {order} ({path})</source>
        <translation>arquivo de prova ausente: {name} do pedido {order} ({path})</translation>
    </message>
    <message>
        <source>evidence file damaged (its content changed): {name} of order {order} ({path})</source>
        <translation>arquivo de prova danificado (o conteúdo mudou): {name} do pedido {order} ({path})</translation>
    </message>
    <message>
        <source>a caption can be at most {limit} characters</source>
        <translation>uma legenda pode ter no máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>no evidence item {id}</source>
        <translation>não existe o item de prova {id}</translation>
    </message>
    <message>
        <source>{path} appeared while the pack was being written; nothing was replaced</source>
        <translation>{path} apareceu enquanto o dossiê estava sendo gravado; nada foi substituído</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} é um arquivo, não uma pasta</translation>
    </message>
    <message>
        <source>{path} already exists; choose another folder (nothing is overwritten)</source>
        <translation>{path} já existe; escolha outra pasta (nada é sobrescrito)</translation>
    </message>
    <message>
        <source>{path} already exists and is not empty; choose another folder</source>
        <translation>{path} já existe e não está vazia; escolha outra pasta</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} é uma pasta; informe um nome de arquivo</translation>
    </message>
    <message>
        <source>the folder {path} does not exist</source>
        <translation>a pasta {path} não existe</translation>
    </message>
    <message>
        <source>can&apos;t write {path}: {reason}</source>
        <translation>não é possível gravar {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <source>the processing time</source>
        <translation>o tempo de processamento</translation>
    </message>
    <message>
        <source>the ship-by time</source>
        <translation>o prazo de envio</translation>
    </message>
    <message>
        <source>the tracking number</source>
        <translation>o código de rastreio</translation>
    </message>
    <message>
        <source>the carrier</source>
        <translation>a transportadora</translation>
    </message>
    <message>
        <source>the end of buyer protection</source>
        <translation>o fim da proteção ao comprador</translation>
    </message>
    <message>
        <source>the protection countdown</source>
        <translation>a contagem da proteção</translation>
    </message>
    <message>
        <source>a reason</source>
        <translation>um motivo</translation>
    </message>
    <message>
        <source>the refund asked for</source>
        <translation>o reembolso solicitado</translation>
    </message>
    <message>
        <source>a return of the item</source>
        <translation>a devolução do item</translation>
    </message>
    <message>
        <source>the seller&apos;s offer</source>
        <translation>a oferta do vendedor</translation>
    </message>
    <message>
        <source>an outcome</source>
        <translation>um resultado</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>um valor</translation>
    </message>
    <message>
        <source>a number of days</source>
        <translation>um número de dias</translation>
    </message>
    <message>
        <source>an item</source>
        <translation>um item</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>Awaiting payment</source>
        <translation>Aguardando pagamento</translation>
    </message>
    <message>
        <source>Payment being checked</source>
        <translation>Pagamento em verificação</translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation>Aguardando envio</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>Em trânsito</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Cancellation requested</source>
        <translation>Cancelamento solicitado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Dispute open</source>
        <translation>Disputa em aberto</translation>
    </message>
    <message>
        <source>Dispute escalated</source>
        <translation>Disputa escalada</translation>
    </message>
    <message>
        <source>Dispute decided</source>
        <translation>Disputa decidida</translation>
    </message>
    <message>
        <source>Refund pending</source>
        <translation>Reembolso pendente</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <source>Unpaid order closes</source>
        <translation>Fechamento do pedido não pago</translation>
    </message>
    <message>
        <source>Payment check ends</source>
        <translation>Fim da verificação do pagamento</translation>
    </message>
    <message>
        <source>Seller must ship</source>
        <translation>Prazo de envio do vendedor</translation>
    </message>
    <message>
        <source>Cancellation auto-approved</source>
        <translation>Cancelamento aprovado automaticamente</translation>
    </message>
    <message>
        <source>Ask for extension</source>
        <translation>Solicitar prorrogação</translation>
    </message>
    <message>
        <source>Protection ends</source>
        <translation>Fim da proteção</translation>
    </message>
    <message>
        <source>&quot;Not received&quot; dispute possible</source>
        <translation>Disputa por &quot;não recebido&quot; possível</translation>
    </message>
    <message>
        <source>Dispute window ends</source>
        <translation>Fim do prazo para abrir disputa</translation>
    </message>
    <message>
        <source>Seller must respond</source>
        <translation>Prazo de resposta do vendedor</translation>
    </message>
    <message>
        <source>Dispute escalates</source>
        <translation>Escalada da disputa</translation>
    </message>
    <message>
        <source>Ship the return</source>
        <translation>Enviar a devolução</translation>
    </message>
    <message>
        <source>Refund expected</source>
        <translation>Reembolso previsto</translation>
    </message>
    <message>
        <source>PayPal dispute window ends</source>
        <translation>Fim do prazo de disputa no PayPal</translation>
    </message>
    <message>
        <source>Chargeback window ends</source>
        <translation>Fim do prazo de contestação no cartão</translation>
    </message>
    <message>
        <source>Platform&apos;s decision expected</source>
        <translation>Decisão da plataforma prevista</translation>
    </message>
    <message>
        <source>Appeal window ends</source>
        <translation>Fim do prazo de recurso</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1d %2h</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>atrasado há %1</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>{name} is not a readable XLSX workbook ({reason})</source>
        <translation>{name} não é uma planilha XLSX legível ({reason})</translation>
    </message>
    <message>
        <source>{name} holds {count} parts, more than a workbook of orders does</source>
        <translation>{name} contém {count} partes, mais do que uma planilha de pedidos contém</translation>
    </message>
    <message>
        <source>{name}: {part} would expand {ratio} times ({size} MB from a small file); that is not a spreadsheet of orders (a zip bomb?)</source>
        <translation>{name}: {part} se expandiria {ratio} vezes ({size} MB a partir de um arquivo pequeno); isso não é uma planilha de pedidos (uma bomba zip?)</translation>
    </message>
    <message>
        <source>{name}: {part} is {size} MB, too large to read</source>
        <translation>{name}: {part} tem {size} MB, grande demais para ler</translation>
    </message>
    <message>
        <source>{name} would expand to {size} MB, too large to read</source>
        <translation>{name} se expandiria para {size} MB, grande demais para ler</translation>
    </message>
    <message>
        <source>{name} has no sheet &quot;{sheet}&quot;</source>
        <translation>{name} não tem a aba &quot;{sheet}&quot;</translation>
    </message>
    <message>
        <source>{name}: sheet &quot;{sheet}&quot; can&apos;t be read ({reason})</source>
        <translation>{name}: não é possível ler a aba &quot;{sheet}&quot; ({reason})</translation>
    </message>
    <message>
        <source>{name}: sheet &quot;{sheet}&quot; has no column {names}</source>
        <translation>{name}: a aba &quot;{sheet}&quot; não tem a coluna {names}</translation>
    </message>
    <message>
        <source>{name}: sheet &quot;{sheet}&quot; can&apos;t be read after line {line} ({reason})</source>
        <translation>{name}: não é possível ler a aba &quot;{sheet}&quot; após a linha {line} ({reason})</translation>
    </message>
    <message>
        <source>{what} is empty</source>
        <translation>{what} está vazio</translation>
    </message>
    <message>
        <source>{what} {value} is not a whole number of cents</source>
        <translation>{what} {value} não é um número inteiro de centavos</translation>
    </message>
    <message>
        <source>{what} &quot;{value}&quot; is not a number of cents</source>
        <translation>{what} &quot;{value}&quot; não é um número de centavos</translation>
    </message>
    <message>
        <source>{what} &quot;{value}&quot; is not a whole number of cents</source>
        <translation>{what} &quot;{value}&quot; não é um número inteiro de centavos</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <source>gmt_create_order_time is empty</source>
        <translation>gmt_create_order_time está vazio</translation>
    </message>
    <message>
        <source>item_name is empty</source>
        <translation>item_name está vazio</translation>
    </message>
    <message>
        <source>order id</source>
        <translation>id do pedido</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>número do pedido</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>price</source>
        <translation>preço</translation>
    </message>
    <message>
        <source>order date</source>
        <translation>data do pedido</translation>
    </message>
    <message>
        <source>order time</source>
        <translation>hora do pedido</translation>
    </message>
    <message>
        <source>payment time</source>
        <translation>hora do pagamento</translation>
    </message>
    <message>
        <source>the {what} is empty</source>
        <translation>o campo {what} está vazio</translation>
    </message>
    <message>
        <source>the {what} {value} was stored as a number and may have lost digits; export ids as text</source>
        <translation>o campo {what} ({value}) foi armazenado como número e pode ter perdido dígitos; exporte os ids como texto</translation>
    </message>
    <message>
        <source>the {what} &quot;{text}&quot; was rounded by a spreadsheet; export ids as text</source>
        <translation>o campo {what} &quot;{text}&quot; foi arredondado por uma planilha; exporte os ids como texto</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not an {what}</source>
        <translation>&quot;{text}&quot; não é um {what} válido</translation>
    </message>
    <message>
        <source>&quot;{shown}&quot; is not an {what}: {message}</source>
        <translation>&quot;{shown}&quot; não é um {what} válido: {message}</translation>
    </message>
    <message>
        <source>the quantity &quot;{text}&quot; is not a whole number of items</source>
        <translation>a quantidade &quot;{text}&quot; não é um número inteiro de itens</translation>
    </message>
    <message>
        <source>{column} is empty</source>
        <translation>{column} está vazio</translation>
    </message>
    <message>
        <source>order {order} is in {currency} on line {line} but in {other} here</source>
        <translation>o pedido {order} está em {currency} na linha {line}, mas em {other} aqui</translation>
    </message>
    <message numerus="yes">
        <source>none of the first %n row(s) can be read (line {line}: {message}); it is not an order file of this kind</source>
        <translation>
            <numerusform>não é possível ler %n linha inicial (linha {line}: {message}); não é um arquivo de pedidos deste tipo</numerusform>
            <numerusform>não é possível ler nenhuma das primeiras %n linhas (linha {line}: {message}); não é um arquivo de pedidos deste tipo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more row(s) can&apos;t be read</source>
        <translation>
            <numerusform>…e mais %n linha não pode ser lida</numerusform>
            <numerusform>…e mais %n linhas não podem ser lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} está vazio</translation>
    </message>
    <message>
        <source>{name} is a workbook without the sheet &quot;{sheet}&quot; of AliExpress&apos;s data backup (it has: {sheets})</source>
        <translation>{name} é uma planilha sem a aba &quot;{sheet}&quot; do backup de dados do AliExpress (ela tem: {sheets})</translation>
    </message>
    <message>
        <source>no sheets</source>
        <translation>nenhuma aba</translation>
    </message>
    <message>
        <source>{name} is not an order file Dispute Desk knows (its first line is &quot;{shown}&quot;)</source>
        <translation>{name} não é um arquivo de pedidos que o Dispute Desk conheça (a primeira linha é &quot;{shown}&quot;)</translation>
    </message>
    <message>
        <source>no file to import</source>
        <translation>nenhum arquivo para importar</translation>
    </message>
    <message>
        <source>these files are in different formats; import them one by one: {listed}</source>
        <translation>estes arquivos estão em formatos diferentes; importe-os um por um: {listed}</translation>
    </message>
    <message>
        <source>import {format} files one at a time</source>
        <translation>importe arquivos {format} um de cada vez</translation>
    </message>
    <message>
        <source>can&apos;t read {names} as {format}: {reason}</source>
        <translation>não é possível ler {names} como {format}: {reason}</translation>
    </message>
    <message>
        <source>{format} is not a file format</source>
        <translation>{format} não é um formato de arquivo</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <source>can&apos;t read {path}: {reason}</source>
        <translation>não é possível ler {path}: {reason}</translation>
    </message>
    <message>
        <source>{name} is an empty list: there are no orders in it</source>
        <translation>{name} é uma lista vazia: não há pedidos nela</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (or its first item is over 64 KB)</source>
        <translation>{name} não é um JSON válido (ou seu primeiro item tem mais de 64 KB)</translation>
    </message>
    <message>
        <source>{name} nests lists or objects too deeply to be an order list</source>
        <translation>{name} aninha listas ou objetos em níveis demais para ser uma lista de pedidos</translation>
    </message>
    <message>
        <source>{name} is JSON, but not the Shopper Inventory order list (no orderId keys)</source>
        <translation>{name} é JSON, mas não é a lista de pedidos do Shopper Inventory (sem chaves orderId)</translation>
    </message>
    <message>
        <source>message {message} is larger than {size} MB; not a notification</source>
        <translation>a mensagem {message} tem mais de {size} MB; não é uma notificação</translation>
    </message>
    <message>
        <source>message {message} has {size} KB of headers; not a notification</source>
        <translation>a mensagem {message} tem {size} KB de cabeçalhos; não é uma notificação</translation>
    </message>
    <message>
        <source>message {message} has more encoded header words than a notification</source>
        <translation>a mensagem {message} tem mais palavras codificadas no cabeçalho do que uma notificação</translation>
    </message>
    <message>
        <source>message {message} nests more parts than a notification</source>
        <translation>a mensagem {message} aninha mais partes do que uma notificação</translation>
    </message>
    <message>
        <source>message {message} nests its parts too deeply</source>
        <translation>a mensagem {message} aninha suas partes em níveis demais</translation>
    </message>
    <message>
        <source>can&apos;t read the e-mail</source>
        <translation>não é possível ler o e-mail</translation>
    </message>
    <message>
        <source>message {message} can&apos;t be read ({reason})</source>
        <translation>não é possível ler a mensagem {message} ({reason})</translation>
    </message>
    <message>
        <source>message {message} is not from AliExpress (from &quot;{sender}&quot;)</source>
        <translation>a mensagem {message} não é do AliExpress (remetente: &quot;{sender}&quot;)</translation>
    </message>
    <message>
        <source>message {message} (&quot;{subject}&quot;) has no readable Date</source>
        <translation>a mensagem {message} (&quot;{subject}&quot;) não tem um campo Date legível</translation>
    </message>
    <message>
        <source>message {message} (&quot;{subject}&quot;) is not a shipping or delivery notice</source>
        <translation>a mensagem {message} (&quot;{subject}&quot;) não é um aviso de envio ou de entrega</translation>
    </message>
    <message>
        <source>message {message} (&quot;{subject}&quot;) names no order number or tracking number</source>
        <translation>a mensagem {message} (&quot;{subject}&quot;) não cita número do pedido nem código de rastreio</translation>
    </message>
    <message>
        <source>Shopper Inventory CSV</source>
        <translation>CSV do Shopper Inventory</translation>
    </message>
    <message>
        <source>Shopper Inventory JSON</source>
        <translation>JSON do Shopper Inventory</translation>
    </message>
    <message>
        <source>AliExpress data backup (XLSX)</source>
        <translation>Backup de dados do AliExpress (XLSX)</translation>
    </message>
    <message>
        <source>AliExpress-Order-Export CSV</source>
        <translation>CSV do AliExpress-Order-Export</translation>
    </message>
    <message>
        <source>aliexpress-order-exporter CSV</source>
        <translation>CSV do aliexpress-order-exporter</translation>
    </message>
    <message>
        <source>tab-separated order rows</source>
        <translation>linhas de pedidos separadas por tabulação</translation>
    </message>
    <message>
        <source>AliExpress notification e-mails</source>
        <translation>e-mails de notificação do AliExpress</translation>
    </message>
    <message>
        <source>order page text</source>
        <translation>texto da página do pedido</translation>
    </message>
    <message>
        <source>{name} is neither the orders nor the order lines file of AliExpress-Order-Export</source>
        <translation>{name} não é nem o arquivo de pedidos nem o de itens dos pedidos do AliExpress-Order-Export</translation>
    </message>
    <message>
        <source>order_title is empty</source>
        <translation>order_title está vazio</translation>
    </message>
    <message>
        <source>no countdown in &quot;{text}&quot;</source>
        <translation>nenhuma contagem regressiva em &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a countdown: minutes and seconds go up to 59</source>
        <translation>&quot;{text}&quot; não é uma contagem regressiva: minutos e segundos vão até 59</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a countdown: more than 3650 days</source>
        <translation>&quot;{text}&quot; não é uma contagem regressiva: mais de 3650 dias</translation>
    </message>
    <message>
        <source>total: {reason}</source>
        <translation>total: {reason}</translation>
    </message>
    <message>
        <source>item price: {reason}</source>
        <translation>preço do item: {reason}</translation>
    </message>
    <message>
        <source>still missing: {names}</source>
        <translation>ainda falta: {names}</translation>
    </message>
    <message>
        <source>the order time is in the future</source>
        <translation>a hora do pedido está no futuro</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a JSON order list of more than {limit} MB can&apos;t be imported (export it as CSV, or in parts)</source>
        <translation>{name} tem {size} MB; uma lista de pedidos JSON com mais de {limit} MB não pode ser importada (exporte-a como CSV ou em partes)</translation>
    </message>
    <message>
        <source>{name} is not a JSON list of orders</source>
        <translation>{name} não é uma lista JSON de pedidos</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (line {line}: {reason})</source>
        <translation>{name} não é um JSON válido (linha {line}: {reason})</translation>
    </message>
    <message>
        <source>{name} nests lists or objects too deeply (line {line}); an order list is a few levels deep</source>
        <translation>{name} aninha listas ou objetos em níveis demais (linha {line}); uma lista de pedidos tem poucos níveis</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (a list item is not followed by , or ])</source>
        <translation>{name} não é um JSON válido (um item da lista não é seguido de , ou ])</translation>
    </message>
    <message>
        <source>this list item is not an object</source>
        <translation>este item da lista não é um objeto</translation>
    </message>
    <message>
        <source>title is empty</source>
        <translation>title está vazio</translation>
    </message>
    <message>
        <source>orderDate is empty</source>
        <translation>orderDate está vazio</translation>
    </message>
    <message>
        <source>no file {path}</source>
        <translation>o arquivo {path} não existe</translation>
    </message>
    <message>
        <source>{name} is not a regular file (a named pipe or a device); only files can be imported</source>
        <translation>{name} não é um arquivo comum (é um pipe nomeado ou um dispositivo); só é possível importar arquivos</translation>
    </message>
    <message>
        <source>{name} is too large to import ({size} MB; at most {limit} MB)</source>
        <translation>{name} é grande demais para importar ({size} MB; no máximo {limit} MB)</translation>
    </message>
    <message>
        <source>&quot;{encoding}&quot; is not an encoding this computer knows</source>
        <translation>&quot;{encoding}&quot; não é uma codificação que este computador conheça</translation>
    </message>
    <message>
        <source>{name} has more than {limit} lines; split it into smaller files (an import is checked as a whole before anything is written)</source>
        <translation>{name} tem mais de {limit} linhas; divida-o em arquivos menores (uma importação é verificada por inteiro antes de qualquer gravação)</translation>
    </message>
    <message>
        <source>the first line can&apos;t be read as a CSV header ({reason})</source>
        <translation>não é possível ler a primeira linha como cabeçalho CSV ({reason})</translation>
    </message>
    <message>
        <source>line {line} can&apos;t be read ({reason})</source>
        <translation>não é possível ler a linha {line} ({reason})</translation>
    </message>
    <message>
        <source>this row can&apos;t be read ({reason})</source>
        <translation>não é possível ler esta linha ({reason})</translation>
    </message>
    <message>
        <source>line {line} is longer than {size} MB of text</source>
        <translation>a linha {line} tem mais de {size} MB de texto</translation>
    </message>
    <message>
        <source>this row can&apos;t be read (a field is longer than {size} MB of text)</source>
        <translation>não é possível ler esta linha (um campo tem mais de {size} MB de texto)</translation>
    </message>
    <message>
        <source>a field is longer than {size} MB of text</source>
        <translation>um campo tem mais de {size} MB de texto</translation>
    </message>
    <message>
        <source>{event} on {time}Z is in the future</source>
        <translation>{event} em {time}Z está no futuro</translation>
    </message>
    <message>
        <source>the order date {date} is in the future</source>
        <translation>a data do pedido {date} está no futuro</translation>
    </message>
    <message numerus="yes">
        <source>new order, %n line(s), {event}</source>
        <translation>
            <numerusform>novo pedido, %n item, {event}</numerusform>
            <numerusform>novo pedido, %n itens, {event}</numerusform>
        </translation>
    </message>
    <message>
        <source>order {order} is in the trash; restore it to import it again</source>
        <translation>o pedido {order} está na lixeira; restaure-o para importá-lo de novo</translation>
    </message>
    <message>
        <source>status “{status}” not recorded: {reason}</source>
        <translation>status “{status}” não registrado: {reason}</translation>
    </message>
    <message>
        <source>already imported, nothing changed</source>
        <translation>já importado, nada mudou</translation>
    </message>
    <message>
        <source>adds {events}</source>
        <translation>adiciona {events}</translation>
    </message>
    <message>
        <source>the source rows changed</source>
        <translation>as linhas de origem mudaram</translation>
    </message>
    <message>
        <source>order {order}: {reason}</source>
        <translation>pedido {order}: {reason}</translation>
    </message>
    <message>
        <source>order {order} is not in Dispute Desk</source>
        <translation>o pedido {order} não está no Dispute Desk</translation>
    </message>
    <message>
        <source>message {message}: order {order} is not in Dispute Desk; import the order first</source>
        <translation>mensagem {message}: o pedido {order} não está no Dispute Desk; importe o pedido primeiro</translation>
    </message>
    <message>
        <source>the parcel {tracking} is not in Dispute Desk</source>
        <translation>a encomenda {tracking} não está no Dispute Desk</translation>
    </message>
    <message>
        <source>message {message}: the parcel {tracking} is not in Dispute Desk; import the order first</source>
        <translation>mensagem {message}: a encomenda {tracking} não está no Dispute Desk; importe o pedido primeiro</translation>
    </message>
    <message>
        <source>the order is in the trash</source>
        <translation>o pedido está na lixeira</translation>
    </message>
    <message>
        <source>{event}: already known</source>
        <translation>{event}: já conhecido</translation>
    </message>
    <message>
        <source>the e-mail is dated in the future ({time})</source>
        <translation>o e-mail tem data no futuro ({time})</translation>
    </message>
    <message>
        <source>message {message} (order {order}): {reason}</source>
        <translation>mensagem {message} (pedido {order}): {reason}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>a importação foi cancelada; nada foi importado</translation>
    </message>
    <message>
        <source>{files} has no orders in it</source>
        <translation>{files} não contém pedidos</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n row(s) of {files} could be read as {format} (line {line}: {reason})</source>
        <translation>
            <numerusform>%n linha de {files} não pôde ser lida como {format} (linha {line}: {reason})</numerusform>
            <numerusform>nenhuma das %n linhas de {files} pôde ser lida como {format} (linha {line}: {reason})</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown format &quot;{format}&quot; (one of: {choices})</source>
        <translation>formato desconhecido &quot;{format}&quot; (opções: {choices})</translation>
    </message>
    <message>
        <source>can&apos;t read {files} as {format}: {reason}</source>
        <translation>não é possível ler {files} como {format}: {reason}</translation>
    </message>
</context>
<context>
    <name>input</name>
    <message>
        <source>&quot;{text}&quot; is not a whole number</source>
        <translation>&quot;{text}&quot; não é um número inteiro</translation>
    </message>
    <message>
        <source>unknown currency &quot;{code}&quot;</source>
        <translation>moeda desconhecida &quot;{code}&quot;</translation>
    </message>
    <message>
        <source>try &quot;2026-02-21&quot;, &quot;Feb 21, 2026&quot; or &quot;21.02.2026&quot;</source>
        <translation>tente &quot;2026-02-21&quot;, &quot;21 fev 2026&quot; ou &quot;21.02.2026&quot;</translation>
    </message>
    <message>
        <source>can&apos;t read &quot;{text}&quot; as a date ({reason})</source>
        <translation>não é possível ler &quot;{text}&quot; como data ({reason})</translation>
    </message>
    <message>
        <source>the year must be between {first} and {last}</source>
        <translation>o ano deve estar entre {first} e {last}</translation>
    </message>
    <message>
        <source>enter a date, such as &quot;2026-02-21&quot;</source>
        <translation>informe uma data, como &quot;2026-02-21&quot;</translation>
    </message>
    <message>
        <source>no such date</source>
        <translation>essa data não existe</translation>
    </message>
    <message>
        <source>with AM or PM the hour goes from 1 to 12</source>
        <translation>com AM ou PM, a hora vai de 1 a 12</translation>
    </message>
    <message>
        <source>no such time of day</source>
        <translation>esse horário não existe</translation>
    </message>
    <message>
        <source>give the year with four digits</source>
        <translation>informe o ano com quatro dígitos</translation>
    </message>
    <message>
        <source>it gives the weeks twice</source>
        <translation>as semanas aparecem duas vezes</translation>
    </message>
    <message>
        <source>it gives the days twice</source>
        <translation>os dias aparecem duas vezes</translation>
    </message>
    <message>
        <source>it gives the hours twice</source>
        <translation>as horas aparecem duas vezes</translation>
    </message>
    <message>
        <source>it gives the minutes twice</source>
        <translation>os minutos aparecem duas vezes</translation>
    </message>
    <message>
        <source>it gives the seconds twice</source>
        <translation>os segundos aparecem duas vezes</translation>
    </message>
    <message>
        <source>try &quot;12d 05:33:10&quot; or &quot;5 hours&quot;</source>
        <translation>tente &quot;12d 05:33:10&quot; ou &quot;5h&quot;</translation>
    </message>
    <message>
        <source>can&apos;t read {text} as a duration ({reason})</source>
        <translation>não é possível ler {text} como duração ({reason})</translation>
    </message>
    <message>
        <source>minutes and seconds go up to 59</source>
        <translation>minutos e segundos vão até 59</translation>
    </message>
    <message>
        <source>use whole minutes and seconds</source>
        <translation>use minutos e segundos inteiros</translation>
    </message>
    <message>
        <source>enter a duration, such as &quot;12d 05:33:10&quot; or &quot;5 hours&quot;</source>
        <translation>informe uma duração, como &quot;12d 05:33:10&quot; ou &quot;5h&quot;</translation>
    </message>
    <message>
        <source>a duration can&apos;t be negative: {text}</source>
        <translation>uma duração não pode ser negativa: {text}</translation>
    </message>
    <message>
        <source>that is more than 3650 days</source>
        <translation>isso é mais de 3650 dias</translation>
    </message>
    <message>
        <source>it is not a whole number of seconds</source>
        <translation>não é um número inteiro de segundos</translation>
    </message>
    <message>
        <source>try &quot;12.34&quot; or &quot;US $12.34&quot;</source>
        <translation>tente &quot;12,34&quot; ou &quot;US $12.34&quot;</translation>
    </message>
    <message>
        <source>can&apos;t read {text} as an amount ({reason})</source>
        <translation>não é possível ler {text} como valor ({reason})</translation>
    </message>
    <message>
        <source>&quot;{symbol}&quot; is not a currency we know</source>
        <translation>&quot;{symbol}&quot; não é uma moeda conhecida</translation>
    </message>
    <message>
        <source>it names two currencies, {first} and {second}</source>
        <translation>cita duas moedas, {first} e {second}</translation>
    </message>
    <message>
        <source>it mixes thousands separators</source>
        <translation>mistura separadores de milhar</translation>
    </message>
    <message>
        <source>thousands go in groups of three digits</source>
        <translation>os milhares vão em grupos de três dígitos</translation>
    </message>
    <message>
        <source>enter an amount, such as &quot;12.34&quot;</source>
        <translation>informe um valor, como &quot;12,34&quot;</translation>
    </message>
    <message>
        <source>an amount can&apos;t be negative: {text}</source>
        <translation>um valor não pode ser negativo: {text}</translation>
    </message>
    <message>
        <source>{text} is in {currency}, but the amount should be in {expected}</source>
        <translation>{text} está em {currency}, mas o valor deveria estar em {expected}</translation>
    </message>
    <message>
        <source>that is more than 10^12</source>
        <translation>isso é mais que 10^12</translation>
    </message>
    <message numerus="yes">
        <source>{currency} has %n decimal(s)</source>
        <translation>
            <numerusform>{currency} tem %n casa decimal</numerusform>
            <numerusform>{currency} tem %n casas decimais</numerusform>
        </translation>
    </message>
    <message>
        <source>try &quot;2026-03-01 14:30&quot; or &quot;2026-03-01T14:30+03:00&quot;</source>
        <translation>tente &quot;2026-03-01 14:30&quot; ou &quot;2026-03-01T14:30+03:00&quot;</translation>
    </message>
    <message>
        <source>can&apos;t read {text} as a date and time ({reason})</source>
        <translation>não é possível ler {text} como data e hora ({reason})</translation>
    </message>
    <message>
        <source>&quot;{offset}&quot; is not a time zone offset</source>
        <translation>&quot;{offset}&quot; não é uma diferença de fuso horário válida</translation>
    </message>
    <message>
        <source>{time} does not exist in your time zone (the clocks jump forward); add an offset such as {offset}</source>
        <translation>{time} não existe no seu fuso horário (os relógios adiantam); adicione uma diferença de fuso, como {offset}</translation>
    </message>
    <message>
        <source>{time} happens twice in your time zone (the clocks go back); add an offset: {first} for the first time or {second} for the second</source>
        <translation>{time} acontece duas vezes no seu fuso horário (os relógios atrasam); adicione uma diferença de fuso: {first} para a primeira vez ou {second} para a segunda</translation>
    </message>
    <message>
        <source>no such date or time</source>
        <translation>essa data ou hora não existe</translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Disputas</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganhas</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidas</translation>
    </message>
    <message>
        <source>Median delivery (days)</source>
        <translation>Entrega mediana (dias)</translation>
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
        <translation>Sua nota</translation>
    </message>
    <message>
        <source>avoid</source>
        <translation>a evitar</translation>
    </message>
    <message>
        <source>not flagged</source>
        <translation>sem marcação</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este ano</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo o período</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>Tracking stalled</source>
        <translation>Rastreio parado</translation>
    </message>
    <message>
        <source>Wrong destination</source>
        <translation>Destino errado</translation>
    </message>
    <message>
        <source>Delivery period ending</source>
        <translation>Prazo de entrega acabando</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>Devolvido ao remetente</translation>
    </message>
    <message>
        <source>Held at customs</source>
        <translation>Retido na alfândega</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Diferente do anunciado</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Com defeito</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Danificado</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Item errado</translation>
    </message>
    <message>
        <source>Quantity short</source>
        <translation>Quantidade menor</translation>
    </message>
    <message>
        <source>Counterfeit</source>
        <translation>Falsificado</translation>
    </message>
    <message>
        <source>Empty parcel</source>
        <translation>Encomenda vazia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>a store needs a name</source>
        <translation>uma loja precisa de um nome</translation>
    </message>
    <message>
        <source>the note is too long ({count} characters; at most {limit})</source>
        <translation>a nota é longa demais ({count} caracteres; no máximo {limit})</translation>
    </message>
    <message>
        <source>a rate converts another currency into the home currency, not the home currency itself</source>
        <translation>uma taxa converte outra moeda para a moeda principal, não a própria moeda principal</translation>
    </message>
    <message>
        <source>a rate must be a positive number</source>
        <translation>a taxa deve ser um número positivo</translation>
    </message>
    <message>
        <source>You marked “%1” as a store to avoid: %2</source>
        <translation>Você marcou “%1” como loja a evitar: %2</translation>
    </message>
    <message>
        <source>You marked “%1” as a store to avoid.</source>
        <translation>Você marcou “%1” como loja a evitar.</translation>
    </message>
    <message>
        <source>%1, store marked avoid</source>
        <translation>%1, loja marcada como a evitar</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>≈ %1 in all, converted at your rates (an estimate, not what was paid)</source>
        <translation>≈ %1 no total, convertido pelas suas taxas (uma estimativa, não o valor pago)</translation>
    </message>
    <message>
        <source>without %1: no rate for the time of payment</source>
        <translation>sem %1: nenhuma taxa para a data do pagamento</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Disputado</translation>
    </message>
    <message>
        <source>Refunds received</source>
        <translation>Reembolsos recebidos</translation>
    </message>
    <message>
        <source>Still pending</source>
        <translation>Ainda pendente</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Disputed: what the disputes opened in the period asked for. Refunds received: every refund in the period. Still pending: what open and won disputes have yet to pay.</source>
        <translation>Disputado: o valor solicitado nas disputas abertas no período. Reembolsos recebidos: todos os reembolsos do período. Ainda pendente: o que as disputas em aberto e ganhas ainda têm a pagar.</translation>
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
        <translation>%1: %2 dias (mediana de %3)</translation>
    </message>
    <message>
        <source>How long they took: %1</source>
        <translation>Quanto tempo levaram: %1</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Encomendas</translation>
    </message>
    <message>
        <source>Days from shipped to delivered</source>
        <translation>Dias do envio até a entrega</translation>
    </message>
    <message>
        <source>any carrier</source>
        <translation>qualquer transportadora</translation>
    </message>
    <message>
        <source>Tracking: %1</source>
        <translation>Rastreio: %1</translation>
    </message>
    <message>
        <source>Opens the carrier&apos;s tracking page in your browser</source>
        <translation>Abre a página de rastreio da transportadora no navegador</translation>
    </message>
</context>
<context>
    <name>refusal</name>
    <message>
        <source>unknown reason &quot;{reason}&quot; (one of: {choices})</source>
        <translation>motivo desconhecido &quot;{reason}&quot; (opções: {choices})</translation>
    </message>
    <message>
        <source>the ship-by time needs a date, a time and a time zone</source>
        <translation>o prazo de envio precisa de data, hora e fuso horário</translation>
    </message>
    <message>
        <source>the ship-by time must be after the payment</source>
        <translation>o prazo de envio deve ser posterior ao pagamento</translation>
    </message>
    <message>
        <source>the order was never paid and has closed by itself, so there is nothing to dispute.</source>
        <translation>o pedido nunca foi pago e foi fechado automaticamente, então não há o que disputar.</translation>
    </message>
    <message>
        <source>the seller didn&apos;t ship in time: the order closes by itself and the money comes back.</source>
        <translation>o vendedor não enviou a tempo: o pedido é fechado automaticamente e o dinheiro volta.</translation>
    </message>
    <message>
        <source>a dispute is already open.</source>
        <translation>já há uma disputa em aberto.</translation>
    </message>
    <message>
        <source>the parcel hasn&apos;t arrived yet: a dispute about what arrived needs the goods in your hands. If it doesn&apos;t come, choose a &quot;not received&quot; reason.</source>
        <translation>a encomenda ainda não chegou: uma disputa sobre o que chegou exige que os produtos estejam em suas mãos. Se ela não chegar, escolha um motivo de &quot;não recebido&quot;.</translation>
    </message>
    <message>
        <source>too early: this dispute can be opened from {time}.</source>
        <translation>cedo demais: esta disputa pode ser aberta a partir de {time}.</translation>
    </message>
    <message>
        <source>this item already had a dispute; after a cancelled one, a new dispute can be opened only while buyer protection runs, and it ended at {time}.</source>
        <translation>este item já teve uma disputa; depois de uma disputa cancelada, só é possível abrir uma nova enquanto durar a proteção ao comprador, e ela terminou em {time}.</translation>
    </message>
    <message>
        <source>this order already had a dispute; after a cancelled one, a new dispute can be opened only while buyer protection runs, and it ended at {time}.</source>
        <translation>este pedido já teve uma disputa; depois de uma disputa cancelada, só é possível abrir uma nova enquanto durar a proteção ao comprador, e ela terminou em {time}.</translation>
    </message>
    <message>
        <source>the dispute window closed at {time}, so the dispute can&apos;t be opened any more.</source>
        <translation>o prazo para abrir disputa terminou em {time}, então a disputa não pode mais ser aberta.</translation>
    </message>
    <message>
        <source>a dispute about this item is already open.</source>
        <translation>já há uma disputa em aberto sobre este item.</translation>
    </message>
    <message>
        <source>a dispute about this order is already open.</source>
        <translation>já há uma disputa em aberto sobre este pedido.</translation>
    </message>
    <message>
        <source>this item already had a dispute, and the dispute has been decided or refunded.</source>
        <translation>este item já teve uma disputa, e ela foi decidida ou reembolsada.</translation>
    </message>
    <message>
        <source>this order already had a dispute, and the dispute has been decided or refunded.</source>
        <translation>este pedido já teve uma disputa, e ela foi decidida ou reembolsada.</translation>
    </message>
    <message>
        <source>you confirmed receipt, so a &quot;not received&quot; dispute can&apos;t be opened any more; if something is wrong with what arrived, choose a reason for that instead.</source>
        <translation>você confirmou o recebimento, então não é mais possível abrir uma disputa por &quot;não recebido&quot;; se algo estiver errado com o que chegou, escolha um motivo para isso.</translation>
    </message>
    <message>
        <source>this item already had a dispute; after a cancelled one, a new dispute can be opened only while buyer protection runs, and confirming receipt ended it.</source>
        <translation>este item já teve uma disputa; depois de uma disputa cancelada, só é possível abrir uma nova enquanto durar a proteção ao comprador, e a confirmação do recebimento a encerrou.</translation>
    </message>
    <message>
        <source>this order already had a dispute; after a cancelled one, a new dispute can be opened only while buyer protection runs, and confirming receipt ended it.</source>
        <translation>este pedido já teve uma disputa; depois de uma disputa cancelada, só é possível abrir uma nova enquanto durar a proteção ao comprador, e a confirmação do recebimento a encerrou.</translation>
    </message>
    <message>
        <source>buyer protection ends before this dispute could be opened.</source>
        <translation>a proteção ao comprador termina antes que esta disputa possa ser aberta.</translation>
    </message>
    <message>
        <source>the order isn&apos;t paid, so there is nothing to dispute.</source>
        <translation>o pedido não foi pago, então não há o que disputar.</translation>
    </message>
    <message>
        <source>the order is cancelled, so there is nothing to dispute.</source>
        <translation>o pedido está cancelado, então não há o que disputar.</translation>
    </message>
    <message>
        <source>the order hasn&apos;t shipped yet, so a dispute can&apos;t be opened: ask to cancel instead.</source>
        <translation>o pedido ainda não foi enviado, então não é possível abrir uma disputa: solicite o cancelamento.</translation>
    </message>
    <message>
        <source>a refund for this order is already on its way, so there is nothing to dispute.</source>
        <translation>um reembolso deste pedido já está a caminho, então não há o que disputar.</translation>
    </message>
    <message>
        <source>the order is refunded, so there is nothing to dispute.</source>
        <translation>o pedido foi reembolsado, então não há o que disputar.</translation>
    </message>
    <message>
        <source>the order has no item {line} (its items: none).</source>
        <translation>o pedido não tem o item {line} (itens dele: nenhum).</translation>
    </message>
    <message>
        <source>the order has no item {line} (its items: {items}).</source>
        <translation>o pedido não tem o item {line} (itens dele: {items}).</translation>
    </message>
    <message>
        <source>the platform already decided a dispute about the whole order.</source>
        <translation>a plataforma já decidiu uma disputa sobre o pedido inteiro.</translation>
    </message>
    <message>
        <source>item {line} is refunded in full, so there is nothing to dispute.</source>
        <translation>o item {line} foi reembolsado integralmente, então não há o que disputar.</translation>
    </message>
    <message>
        <source>the order number is empty</source>
        <translation>o número do pedido está vazio</translation>
    </message>
    <message>
        <source>the order number contains a line break, a tab or another invisible character</source>
        <translation>o número do pedido contém uma quebra de linha, uma tabulação ou outro caractere invisível</translation>
    </message>
    <message>
        <source>the order number contains a space: copy the number alone</source>
        <translation>o número do pedido contém um espaço: copie só o número</translation>
    </message>
    <message>
        <source>an order number can&apos;t contain / or \ or ..</source>
        <translation>um número de pedido não pode conter / nem \ nem ..</translation>
    </message>
    <message>
        <source>an order number has only letters, digits, - and _ (and starts with a letter or a digit); this one has &quot;{bad}&quot;</source>
        <translation>um número de pedido tem só letras, dígitos, - e _ (e começa com uma letra ou um dígito); este tem &quot;{bad}&quot;</translation>
    </message>
    <message>
        <source>the order number has {length} characters; no shop&apos;s numbers are longer than {limit}</source>
        <translation>o número do pedido tem {length} caracteres; nenhuma loja tem números com mais de {limit}</translation>
    </message>
    <message>
        <source>the order number has {length} digits; AliExpress order numbers have at most {most}</source>
        <translation>o número do pedido tem {length} dígitos; os números de pedido do AliExpress têm no máximo {most}</translation>
    </message>
    <message>
        <source>not an AliExpress order number (those are 15 to 20 digits); fine if the order is from another shop</source>
        <translation>não é um número de pedido do AliExpress (esses têm de 15 a 20 dígitos); tudo bem se o pedido for de outra loja</translation>
    </message>
    <message>
        <source>unknown time zone &quot;{zone}&quot; (use &quot;local&quot; or a name such as America/Los_Angeles)</source>
        <translation>fuso horário desconhecido &quot;{zone}&quot; (use &quot;local&quot; ou um nome como America/Sao_Paulo)</translation>
    </message>
    <message>
        <source>{rule}: expected yes or no</source>
        <translation>{rule}: informe sim ou não</translation>
    </message>
    <message>
        <source>{rule}: expected &quot;local&quot; or a time zone name such as America/Los_Angeles</source>
        <translation>{rule}: informe &quot;local&quot; ou o nome de um fuso horário, como America/Sao_Paulo</translation>
    </message>
    <message>
        <source>{rule}: expected a range for each of {names}</source>
        <translation>{rule}: informe um intervalo para cada um de {names}</translation>
    </message>
    <message>
        <source>{rule}: this value can&apos;t be changed</source>
        <translation>{rule}: este valor não pode ser alterado</translation>
    </message>
    <message>
        <source>{rule}: expected a whole number of days from 0 to 3650</source>
        <translation>{rule}: informe um número inteiro de dias de 0 a 3650</translation>
    </message>
    <message>
        <source>{rule}: expected a whole number of hours from 0 to 3650</source>
        <translation>{rule}: informe um número inteiro de horas de 0 a 3650</translation>
    </message>
    <message>
        <source>{rule}: expected a whole number of {unit} from 0 to 3650</source>
        <translation>{rule}: informe um número inteiro de {unit} de 0 a 3650</translation>
    </message>
    <message>
        <source>{rule}: expected a range with min and max</source>
        <translation>{rule}: informe um intervalo com min e max</translation>
    </message>
    <message>
        <source>{rule}: min and max must be whole numbers</source>
        <translation>{rule}: min e max devem ser números inteiros</translation>
    </message>
    <message>
        <source>{rule}: min must not exceed max (0 to 3650)</source>
        <translation>{rule}: min não pode ser maior que max (0 a 3650)</translation>
    </message>
    <message>
        <source>no rule profile named &quot;{profile}&quot;</source>
        <translation>nenhum perfil de regras chamado &quot;{profile}&quot;</translation>
    </message>
    <message>
        <source>reminder lead times: expected a list of durations such as [&quot;7d&quot;, &quot;48h&quot;, &quot;2h&quot;]</source>
        <translation>antecedência dos lembretes: informe uma lista de durações como [&quot;7d&quot;, &quot;48h&quot;, &quot;2h&quot;]</translation>
    </message>
    <message>
        <source>reminder lead times: at most {count}</source>
        <translation>antecedência dos lembretes: no máximo {count}</translation>
    </message>
    <message>
        <source>reminder lead times: &quot;{lead}&quot; is no time before a deadline</source>
        <translation>antecedência dos lembretes: &quot;{lead}&quot; não é um tempo antes de um prazo</translation>
    </message>
    <message>
        <source>reminder lead times: &quot;{lead}&quot; is more than a year</source>
        <translation>antecedência dos lembretes: &quot;{lead}&quot; é mais de um ano</translation>
    </message>
    <message>
        <source>reminder lead times: &quot;{first}&quot; and &quot;{second}&quot; are the same</source>
        <translation>antecedência dos lembretes: &quot;{first}&quot; e &quot;{second}&quot; são iguais</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a time of day such as 22:00</source>
        <translation>&quot;{text}&quot; não é um horário como 22:00</translation>
    </message>
    <message>
        <source>the order is not paid yet</source>
        <translation>o pedido ainda não foi pago</translation>
    </message>
    <message>
        <source>the order is paid and waiting to be shipped</source>
        <translation>o pedido foi pago e está aguardando envio</translation>
    </message>
    <message>
        <source>a cancellation request is pending</source>
        <translation>há uma solicitação de cancelamento pendente</translation>
    </message>
    <message>
        <source>the order is cancelled</source>
        <translation>o pedido está cancelado</translation>
    </message>
    <message>
        <source>the order has shipped</source>
        <translation>o pedido foi enviado</translation>
    </message>
    <message>
        <source>receipt is already confirmed</source>
        <translation>o recebimento já foi confirmado</translation>
    </message>
    <message>
        <source>a dispute is open</source>
        <translation>há uma disputa em aberto</translation>
    </message>
    <message>
        <source>the dispute is escalated and waits for the platform&apos;s decision</source>
        <translation>a disputa foi escalada e aguarda a decisão da plataforma</translation>
    </message>
    <message>
        <source>the dispute has been decided</source>
        <translation>a disputa já foi decidida</translation>
    </message>
    <message>
        <source>a refund is on its way</source>
        <translation>há um reembolso a caminho</translation>
    </message>
    <message>
        <source>the order is refunded</source>
        <translation>o pedido foi reembolsado</translation>
    </message>
    <message>
        <source>the platform decided the dispute about the order</source>
        <translation>a plataforma decidiu a disputa sobre o pedido</translation>
    </message>
    <message>
        <source>it hasn&apos;t shipped yet</source>
        <translation>o pedido ainda não foi enviado</translation>
    </message>
    <message>
        <source>it isn&apos;t paid yet</source>
        <translation>o pedido ainda não foi pago</translation>
    </message>
    <message>
        <source>a dispute is open: confirming receipt would end it in the seller&apos;s favour</source>
        <translation>há uma disputa em aberto: confirmar o recebimento a encerraria a favor do vendedor</translation>
    </message>
    <message>
        <source>there is no open dispute to escalate</source>
        <translation>não há disputa em aberto para escalar</translation>
    </message>
    <message>
        <source>an unpaid order needs no request: it closes by itself, or record it as cancelled</source>
        <translation>um pedido não pago não precisa de solicitação: ele é fechado automaticamente; ou registre-o como cancelado</translation>
    </message>
    <message>
        <source>it has shipped, so it can&apos;t be cancelled any more: wait for the parcel or open a dispute</source>
        <translation>o pedido já foi enviado, então não pode mais ser cancelado: espere a encomenda ou abra uma disputa</translation>
    </message>
    <message>
        <source>it hasn&apos;t shipped yet: ask to cancel instead</source>
        <translation>o pedido ainda não foi enviado: solicite o cancelamento</translation>
    </message>
    <message>
        <source>there is no open dispute to cancel</source>
        <translation>não há disputa em aberto para cancelar</translation>
    </message>
    <message>
        <source>can&apos;t record {event}: {reason}</source>
        <translation>não é possível registrar &quot;{event}&quot;: {reason}</translation>
    </message>
    <message>
        <source>{event} can&apos;t happen before the order was placed</source>
        <translation>&quot;{event}&quot; não pode acontecer antes da realização do pedido</translation>
    </message>
    <message>
        <source>an item can&apos;t be named for {event}: it is about the whole order</source>
        <translation>não é possível indicar um item para &quot;{event}&quot;: refere-se ao pedido inteiro</translation>
    </message>
    <message>
        <source>a &quot;not received&quot; dispute can&apos;t ask for a return, since there is nothing to send back</source>
        <translation>uma disputa por &quot;não recebido&quot; não pode pedir devolução, pois não há nada para devolver</translation>
    </message>
    <message>
        <source>the dispute is open and waits for the seller or the platform</source>
        <translation>a disputa está em aberto e aguarda o vendedor ou a plataforma</translation>
    </message>
    <message>
        <source>the dispute has been decided with a return of the item</source>
        <translation>a disputa foi decidida com devolução do item</translation>
    </message>
    <message>
        <source>the dispute&apos;s refund is on its way</source>
        <translation>o reembolso da disputa está a caminho</translation>
    </message>
    <message>
        <source>the dispute&apos;s refund arrived</source>
        <translation>o reembolso da disputa chegou</translation>
    </message>
    <message>
        <source>the dispute was cancelled</source>
        <translation>a disputa foi cancelada</translation>
    </message>
    <message>
        <source>can&apos;t record {event}: several items have a dispute (items {items}); say which item</source>
        <translation>não é possível registrar &quot;{event}&quot;: vários itens têm disputa (itens {items}); indique qual item</translation>
    </message>
    <message>
        <source>a dispute can be appealed only once, and this one was</source>
        <translation>só é possível recorrer uma vez de uma disputa, e isso já foi feito</translation>
    </message>
    <message>
        <source>there is no decision against you to appeal</source>
        <translation>não há decisão contra você da qual recorrer</translation>
    </message>
    <message>
        <source>the appeal window closed at {time}</source>
        <translation>o prazo de recurso terminou em {time}</translation>
    </message>
    <message>
        <source>{event}: {amount} is more than the dispute is about ({scope})</source>
        <translation>{event}: {amount} é mais do que o valor em disputa ({scope})</translation>
    </message>
    <message>
        <source>there is no open dispute to answer</source>
        <translation>não há disputa em aberto para responder</translation>
    </message>
    <message>
        <source>there is no open dispute to decide</source>
        <translation>não há disputa em aberto para decidir</translation>
    </message>
    <message>
        <source>there is no decided dispute to appeal</source>
        <translation>não há disputa decidida da qual recorrer</translation>
    </message>
    <message>
        <source>can&apos;t record {event} at {time}: the ship-by time had run out ({ship_by}), so the order closes by itself and the money comes back</source>
        <translation>não é possível registrar &quot;{event}&quot; em {time}: o prazo de envio já tinha acabado ({ship_by}), então o pedido é fechado automaticamente e o dinheiro volta</translation>
    </message>
    <message>
        <source>protection already ended at {time}</source>
        <translation>a proteção já terminou em {time}</translation>
    </message>
    <message>
        <source>tracking already shows the parcel delivered</source>
        <translation>o rastreio já mostra a encomenda como entregue</translation>
    </message>
    <message>
        <source>can&apos;t record {event}: the new end is not later than the old one</source>
        <translation>não é possível registrar &quot;{event}&quot;: o novo fim não é posterior ao anterior</translation>
    </message>
    <message>
        <source>{event}: the amount must be more than zero</source>
        <translation>{event}: o valor deve ser maior que zero</translation>
    </message>
    <message>
        <source>{event}: {amount} is more than the order total {total}</source>
        <translation>{event}: {amount} é mais que o total do pedido, {total}</translation>
    </message>
    <message>
        <source>{event}: {amount} is more than item {line} cost ({cost})</source>
        <translation>{event}: {amount} é mais que o custo do item {line} ({cost})</translation>
    </message>
    <message>
        <source>{event}: the outcome must be full, partial or rejected</source>
        <translation>{event}: o resultado deve ser full, partial ou rejected</translation>
    </message>
    <message>
        <source>{event}: a partial refund needs its amount</source>
        <translation>{event}: um reembolso parcial precisa do valor</translation>
    </message>
    <message>
        <source>{event}: only a full refund comes with a return; with a partial one you keep the item</source>
        <translation>{event}: só o reembolso total vem com devolução; no parcial, você fica com o item</translation>
    </message>
    <message>
        <source>{event}: {amount} is more than is left to refund of the order ({left} of {total})</source>
        <translation>{event}: {amount} é mais do que resta a reembolsar do pedido ({left} de {total})</translation>
    </message>
    <message>
        <source>{event}: {amount} is more than is left to refund of item {line} ({left} of {cost})</source>
        <translation>{event}: {amount} é mais do que resta a reembolsar do item {line} ({left} de {cost})</translation>
    </message>
    <message>
        <source>can&apos;t record {event} at {time}: the later {later} of {later_time} would no longer fit ({reason})</source>
        <translation>não é possível registrar &quot;{event}&quot; em {time}: o evento posterior &quot;{later}&quot; de {later_time} não se encaixaria mais ({reason})</translation>
    </message>
    <message>
        <source>the store is empty</source>
        <translation>o nome da loja está vazio</translation>
    </message>
    <message>
        <source>the tracking number is empty</source>
        <translation>o código de rastreio está vazio</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>o título está vazio</translation>
    </message>
    <message>
        <source>the tracking number is too long (at most {limit} characters)</source>
        <translation>o código de rastreio é longo demais (no máximo {limit} caracteres)</translation>
    </message>
    <message>
        <source>the store is too long (at most {limit} characters)</source>
        <translation>o nome da loja é longo demais (no máximo {limit} caracteres)</translation>
    </message>
    <message>
        <source>the title is too long (at most {limit} characters)</source>
        <translation>o título é longo demais (no máximo {limit} caracteres)</translation>
    </message>
    <message>
        <source>unknown event &quot;{event}&quot; (one of: {choices})</source>
        <translation>evento desconhecido &quot;{event}&quot; (opções: {choices})</translation>
    </message>
    <message>
        <source>{event} doesn&apos;t take {fields}</source>
        <translation>&quot;{event}&quot; não aceita {fields}</translation>
    </message>
    <message>
        <source>give the end of buyer protection or its countdown, not both</source>
        <translation>informe o fim da proteção ao comprador ou a contagem regressiva dela, não os dois</translation>
    </message>
    <message>
        <source>give the processing time or the ship-by time, not both</source>
        <translation>informe o tempo de processamento ou o prazo de envio, não os dois</translation>
    </message>
    <message>
        <source>a note needs its text</source>
        <translation>uma nota precisa de texto</translation>
    </message>
    <message>
        <source>processing days must be between 1 and 365</source>
        <translation>os dias de processamento devem estar entre 1 e 365</translation>
    </message>
    <message>
        <source>the protection countdown must be more than zero</source>
        <translation>a contagem da proteção deve ser maior que zero</translation>
    </message>
    <message>
        <source>buyer protection must end after the event</source>
        <translation>a proteção ao comprador deve terminar depois do evento</translation>
    </message>
    <message>
        <source>{event} needs the new end of buyer protection, its countdown or the days it was extended by</source>
        <translation>&quot;{event}&quot; precisa do novo fim da proteção ao comprador, da contagem regressiva dela ou dos dias de prorrogação</translation>
    </message>
    <message>
        <source>the number of days must be between 1 and 365</source>
        <translation>o número de dias deve estar entre 1 e 365</translation>
    </message>
    <message>
        <source>{event} needs a reason (one of: {choices})</source>
        <translation>&quot;{event}&quot; precisa de um motivo (opções: {choices})</translation>
    </message>
    <message>
        <source>a &quot;not received&quot; dispute can&apos;t ask for a return: there is nothing to send back</source>
        <translation>uma disputa por &quot;não recebido&quot; não pode pedir devolução: não há nada para devolver</translation>
    </message>
    <message>
        <source>an item is named by its number: 1, 2, …</source>
        <translation>um item é indicado pelo número: 1, 2, …</translation>
    </message>
    <message>
        <source>the outcome must be one of {choices}</source>
        <translation>o resultado deve ser um destes: {choices}</translation>
    </message>
    <message>
        <source>{event} needs an outcome: full, partial or rejected</source>
        <translation>&quot;{event}&quot; precisa de um resultado: full, partial ou rejected</translation>
    </message>
    <message>
        <source>payment method must be one of {choices}</source>
        <translation>a forma de pagamento deve ser uma destas: {choices}</translation>
    </message>
    <message>
        <source>the total must be an amount of zero or more</source>
        <translation>o total deve ser um valor igual ou maior que zero</translation>
    </message>
    <message>
        <source>can&apos;t edit {field}</source>
        <translation>não é possível editar {field}</translation>
    </message>
    <message>
        <source>the order isn&apos;t paid yet: the seller&apos;s time to ship starts with the payment</source>
        <translation>o pedido ainda não foi pago: o prazo de envio do vendedor começa com o pagamento</translation>
    </message>
    <message>
        <source>the ship-by time can&apos;t be changed any more: {reason}</source>
        <translation>o prazo de envio não pode mais ser alterado: {reason}</translation>
    </message>
    <message>
        <source>unknown status &quot;{status}&quot;</source>
        <translation>status desconhecido &quot;{status}&quot;</translation>
    </message>
    <message>
        <source>no order {order}</source>
        <translation>o pedido {order} não existe</translation>
    </message>
    <message>
        <source>order {order} is in the trash; restore it first</source>
        <translation>o pedido {order} está na lixeira; restaure-o primeiro</translation>
    </message>
    <message>
        <source>the total can&apos;t be negative</source>
        <translation>o total não pode ser negativo</translation>
    </message>
    <message>
        <source>unknown currency &quot;{code}&quot; (use an ISO code such as USD or EUR)</source>
        <translation>moeda desconhecida &quot;{code}&quot; (use um código ISO, como USD ou EUR)</translation>
    </message>
    <message>
        <source>the order date is in the future</source>
        <translation>a data do pedido está no futuro</translation>
    </message>
    <message>
        <source>the payment time is before the order time</source>
        <translation>a data do pagamento é anterior à do pedido</translation>
    </message>
    <message>
        <source>the payment time is in the future</source>
        <translation>a data do pagamento está no futuro</translation>
    </message>
    <message>
        <source>give the processing days or the ship-by time, not both</source>
        <translation>informe os dias de processamento ou o prazo de envio, não os dois</translation>
    </message>
    <message>
        <source>the ship-by time must be after the order time</source>
        <translation>o prazo de envio deve ser posterior à data do pedido</translation>
    </message>
    <message>
        <source>order {order} already exists</source>
        <translation>o pedido {order} já existe</translation>
    </message>
    <message>
        <source>that time is in the future; record what has happened</source>
        <translation>esse horário está no futuro; registre o que já aconteceu</translation>
    </message>
    <message>
        <source>order {order} is already in the trash</source>
        <translation>o pedido {order} já está na lixeira</translation>
    </message>
    <message>
        <source>order {order} is not in the trash</source>
        <translation>o pedido {order} não está na lixeira</translation>
    </message>
    <message>
        <source>no rule named &quot;{key}&quot;</source>
        <translation>nenhuma regra chamada &quot;{key}&quot;</translation>
    </message>
</context>
<context>
    <name>reminder</name>
    <message numerus="yes">
        <source>{deadline} in %n day(s)</source>
        <translation>
            <numerusform>{deadline} em %n dia</numerusform>
            <numerusform>{deadline} em %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{deadline} in %n hour(s)</source>
        <translation>
            <numerusform>{deadline} em %n hora</numerusform>
            <numerusform>{deadline} em %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>{deadline} in 1 hour</source>
        <translation>{deadline} em 1 hora</translation>
    </message>
    <message>
        <source>{deadline} in 1 minute</source>
        <translation>{deadline} em 1 minuto</translation>
    </message>
    <message numerus="yes">
        <source>{deadline} in %n minute(s)</source>
        <translation>
            <numerusform>{deadline} em %n minuto</numerusform>
            <numerusform>{deadline} em %n minutos</numerusform>
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
        <translation>Vence em {time}. {action}</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Buyer rules of AliExpress as published by the platform, its help centre and buyers&apos; guides. Every value can be changed in Settings.</source>
        <translation>Regras do AliExpress para compradores, conforme publicadas pela plataforma, pela central de ajuda e por guias para compradores. Todos os valores podem ser alterados nas Configurações.</translation>
    </message>
    <message>
        <source>published by the platform in its rules</source>
        <translation>publicado pela plataforma nas suas regras</translation>
    </message>
    <message>
        <source>copied from the platform&apos;s help centre or its support answers</source>
        <translation>copiado da central de ajuda da plataforma ou das respostas do suporte</translation>
    </message>
    <message>
        <source>from a buyer&apos;s guide or forum; not confirmed by the platform</source>
        <translation>de um guia para compradores ou fórum; não confirmado pela plataforma</translation>
    </message>
    <message>
        <source>Dispute Desk&apos;s own choice, not a platform rule</source>
        <translation>escolha do próprio Dispute Desk, não uma regra da plataforma</translation>
    </message>
    <message>
        <source>Unpaid order closes after</source>
        <translation>Pedido não pago é fechado após</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: an unpaid order expires by itself, with no penalty</source>
        <translation>Guia para compradores: um pedido não pago expira sozinho, sem penalidade</translation>
    </message>
    <message>
        <source>Payment check lasts</source>
        <translation>A verificação do pagamento dura</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: &quot;payment being verified&quot;; Cancel becomes available a day after paying</source>
        <translation>Guia para compradores: &quot;pagamento em verificação&quot;; a opção Cancelar fica disponível um dia após o pagamento</translation>
    </message>
    <message>
        <source>Seller&apos;s processing time when none is entered</source>
        <translation>Tempo de processamento do vendedor quando não informado</translation>
    </message>
    <message>
        <source>Typical processing time on listings: 3 to 7 days, some sellers up to 15; the order page shows the real one</source>
        <translation>Tempo de processamento típico nos anúncios: de 3 a 7 dias, alguns vendedores até 15; a página do pedido mostra o real</translation>
    </message>
    <message>
        <source>Typical processing time shown on listings: 3 to 7 days (some sellers up to 15)</source>
        <translation>Tempo de processamento típico exibido nos anúncios: de 3 a 7 dias (alguns vendedores até 15)</translation>
    </message>
    <message>
        <source>Cancelling is possible during the payment check</source>
        <translation>É possível cancelar durante a verificação do pagamento</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide says no; some help-centre answers say yes</source>
        <translation>O guia para compradores diz que não; algumas respostas da central de ajuda dizem que sim</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: Cancel is not offered while the payment is verified</source>
        <translation>Guia para compradores: a opção Cancelar não aparece enquanto o pagamento é verificado</translation>
    </message>
    <message>
        <source>Some help-centre answers: an order can be cancelled during verification</source>
        <translation>Algumas respostas da central de ajuda: um pedido pode ser cancelado durante a verificação</translation>
    </message>
    <message>
        <source>Silent seller: cancel request approved after</source>
        <translation>Vendedor sem resposta: solicitação de cancelamento aprovada após</translation>
    </message>
    <message>
        <source>AliExpress rule change of March 2020 (some sources say 72 hours)</source>
        <translation>Mudança de regra do AliExpress de março de 2020 (algumas fontes dizem 72 horas)</translation>
    </message>
    <message>
        <source>AliExpress rule change: a silent seller&apos;s cancellation is approved automatically after 48 hours</source>
        <translation>Mudança de regra do AliExpress: o cancelamento sem resposta do vendedor é aprovado automaticamente após 48 horas</translation>
    </message>
    <message>
        <source>Some buyers&apos; forums: 72 hours</source>
        <translation>Alguns fóruns de compradores: 72 horas</translation>
    </message>
    <message>
        <source>Buyer protection when none is entered</source>
        <translation>Proteção ao comprador quando não informada</translation>
    </message>
    <message>
        <source>Order page countdown from shipment, typically 60 days (90 for Russia, 120 for Brazil); an entered countdown always wins</source>
        <translation>Contagem regressiva na página do pedido a partir do envio, normalmente 60 dias (90 para a Rússia, 120 para o Brasil); uma contagem informada sempre prevalece</translation>
    </message>
    <message>
        <source>Ask for a protection extension this early</source>
        <translation>Solicitar prorrogação da proteção com esta antecedência</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: sellers answer slowly, ask a week before protection ends</source>
        <translation>Guia para compradores: os vendedores demoram a responder; peça uma semana antes do fim da proteção</translation>
    </message>
    <message>
        <source>Protection left once tracking says delivered</source>
        <translation>Proteção restante depois que o rastreio indica entrega</translation>
    </message>
    <message>
        <source>Older official rule: remaining protection is cut when tracking shows delivered</source>
        <translation>Regra oficial antiga: a proteção restante é reduzida quando o rastreio indica entrega</translation>
    </message>
    <message>
        <source>Older official rule: remaining protection is cut to 5 days when tracking shows delivered</source>
        <translation>Regra oficial antiga: a proteção restante é reduzida para 5 dias quando o rastreio indica entrega</translation>
    </message>
    <message>
        <source>Dispute window after confirming receipt</source>
        <translation>Prazo para abrir disputa após confirmar o recebimento</translation>
    </message>
    <message>
        <source>AliExpress buyer protection: 15 days after Confirm receipt or completion</source>
        <translation>Proteção ao comprador do AliExpress: 15 dias após Confirmar recebimento ou a conclusão</translation>
    </message>
    <message>
        <source>AliExpress buyer protection: a dispute can be opened until 15 days after Confirm receipt or after the order completed</source>
        <translation>Proteção ao comprador do AliExpress: é possível abrir uma disputa até 15 dias após Confirmar recebimento ou após a conclusão do pedido</translation>
    </message>
    <message>
        <source>Earliest &quot;not received&quot; dispute after shipment</source>
        <translation>Mínimo para disputa por &quot;não recebido&quot; após o envio</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: while tracking moves normally</source>
        <translation>Guia para compradores: enquanto o rastreio avança normalmente</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide and help-centre copies: from the 11th day after shipment while tracking moves normally</source>
        <translation>Guia para compradores e cópias da central de ajuda: a partir do 11º dia após o envio, enquanto o rastreio avança normalmente</translation>
    </message>
    <message>
        <source>Seller-side rule summary: a refund can be requested 10 days after the seller shipped</source>
        <translation>Resumo das regras para vendedores: um reembolso pode ser solicitado 10 dias após o envio pelo vendedor</translation>
    </message>
    <message>
        <source>Seller must answer a dispute within</source>
        <translation>O vendedor deve responder a uma disputa em até</translation>
    </message>
    <message>
        <source>AliExpress dispute rules: silence means the buyer&apos;s requested refund goes through</source>
        <translation>Regras de disputa do AliExpress: o silêncio significa que o reembolso solicitado pelo comprador é concedido</translation>
    </message>
    <message>
        <source>Unresolved dispute escalates after</source>
        <translation>Disputa não resolvida é escalada após</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: 16 days, then a claim; newer secondary sources say about 7 days</source>
        <translation>Guia para compradores: 16 dias, depois uma reclamação; fontes secundárias mais recentes dizem cerca de 7 dias</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide and help-centre copies: unresolved on the 16th day, the dispute goes to the platform automatically</source>
        <translation>Guia para compradores e cópias da central de ajuda: sem solução no 16º dia, a disputa vai automaticamente para a plataforma</translation>
    </message>
    <message>
        <source>Newer secondary sources: the platform&apos;s dispute officer steps in within 7 days</source>
        <translation>Fontes secundárias mais recentes: o responsável por disputas da plataforma intervém em até 7 dias</translation>
    </message>
    <message>
        <source>The platform decides an escalated dispute within</source>
        <translation>A plataforma decide uma disputa escalada em até</translation>
    </message>
    <message>
        <source>Help-centre copies: a case-management specialist reviews the escalated dispute; an appeal is usually handled within 10 days</source>
        <translation>Cópias da central de ajuda: um especialista em gestão de casos analisa a disputa escalada; um recurso costuma ser tratado em até 10 dias</translation>
    </message>
    <message>
        <source>Help-centre copy: the platform usually answers within 10 days</source>
        <translation>Cópia da central de ajuda: a plataforma costuma responder em até 10 dias</translation>
    </message>
    <message>
        <source>Ship an agreed return within</source>
        <translation>Enviar uma devolução acordada em até</translation>
    </message>
    <message>
        <source>AliExpress dispute rules</source>
        <translation>Regras de disputa do AliExpress</translation>
    </message>
    <message>
        <source>AliExpress dispute rules: after an agreed return the buyer ships within 10 days, or the money goes to the seller</source>
        <translation>Regras de disputa do AliExpress: após uma devolução acordada, o comprador envia o item em até 10 dias, ou o dinheiro vai para o vendedor</translation>
    </message>
    <message>
        <source>Appeal the platform&apos;s decision within</source>
        <translation>Recorrer da decisão da plataforma em até</translation>
    </message>
    <message>
        <source>Help-centre copy: one appeal per dispute, within 7 days after the decision</source>
        <translation>Cópia da central de ajuda: um recurso por disputa, em até 7 dias após a decisão</translation>
    </message>
    <message>
        <source>Help-centre copy: one appeal per dispute, within 7 days after the dispute ends</source>
        <translation>Cópia da central de ajuda: um recurso por disputa, em até 7 dias após o fim da disputa</translation>
    </message>
    <message>
        <source>Refund arrives, by payment method</source>
        <translation>Chegada do reembolso, por forma de pagamento</translation>
    </message>
    <message>
        <source>AliExpress help centre; banks may add 7-15 business days after &quot;refund completed&quot;</source>
        <translation>Central de ajuda do AliExpress; os bancos podem levar mais 7 a 15 dias úteis após &quot;reembolso concluído&quot;</translation>
    </message>
    <message>
        <source>PayPal dispute window from payment</source>
        <translation>Prazo de disputa no PayPal a partir do pagamento</translation>
    </message>
    <message>
        <source>PayPal Buyer Protection: 180 days from payment; escalate to a claim within 20 days</source>
        <translation>Proteção ao Comprador do PayPal: 180 dias a partir do pagamento; escale para uma reclamação em até 20 dias</translation>
    </message>
    <message>
        <source>Card chargeback window from expected delivery</source>
        <translation>Prazo de contestação no cartão a partir da entrega prevista</translation>
    </message>
    <message>
        <source>Card network rules (Visa/Mastercard): typically 120 days; ask your bank</source>
        <translation>Regras das bandeiras de cartão (Visa/Mastercard): normalmente 120 dias; consulte seu banco</translation>
    </message>
    <message>
        <source>Times copied from the order page are in</source>
        <translation>Os horários copiados da página do pedido estão no fuso</translation>
    </message>
    <message>
        <source>Older order pages and guides show US Pacific time; newer pages may show the buyer&apos;s local time. Countdowns are exact in any zone</source>
        <translation>Páginas de pedido e guias mais antigos mostram o horário do Pacífico dos EUA; páginas mais novas podem mostrar a hora local do comprador. As contagens regressivas são exatas em qualquer fuso</translation>
    </message>
    <message>
        <source>Older order pages and buyers&apos; guides: times in US Pacific time</source>
        <translation>Páginas de pedido e guias para compradores mais antigos: horários no fuso do Pacífico dos EUA</translation>
    </message>
    <message>
        <source>Newer order pages: the buyer&apos;s local time</source>
        <translation>Páginas de pedido mais novas: a hora local do comprador</translation>
    </message>
    <message>
        <source>Remind me of a deadline</source>
        <translation>Lembrar-me de um prazo</translation>
    </message>
    <message>
        <source>Dispute Desk&apos;s choice: a week ahead to plan, two days ahead (sellers answer slowly), a day ahead, and two hours for the last moment; when several are crossed at once, only the shortest is sent</source>
        <translation>Escolha do Dispute Desk: uma semana antes para planejar, dois dias antes (os vendedores demoram a responder), um dia antes e duas horas antes para o último momento; quando vários são ultrapassados de uma vez, só o mais curto é enviado</translation>
    </message>
    <message>
        <source>Dispute Desk&apos;s choice: a week, two days, a day and two hours before a deadline</source>
        <translation>Escolha do Dispute Desk: uma semana, dois dias, um dia e duas horas antes de um prazo</translation>
    </message>
    <message>
        <source>before a deadline</source>
        <translation>antes de um prazo</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>dias úteis</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dias</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>sim/não</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>fuso horário</translation>
    </message>
    <message>
        <source>an official rule of the platform</source>
        <translation>uma regra oficial da plataforma</translation>
    </message>
    <message>
        <source>from the platform&apos;s help centre, not its published rules</source>
        <translation>da central de ajuda da plataforma, não das regras publicadas</translation>
    </message>
    <message>
        <source>from buyers&apos; guides, not confirmed by the platform</source>
        <translation>de guias para compradores, não confirmado pela plataforma</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>can&apos;t use the data dir {path}: {reason}</source>
        <translation>não é possível usar a pasta de dados {path}: {reason}</translation>
    </message>
    <message>
        <source>using the data</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>usando os dados</translation>
    </message>
    <message>
        <source>upgrading the data</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>atualizando os dados</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>restaurando um backup</translation>
    </message>
    <message>
        <source>saving a large import</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>salvando uma importação grande</translation>
    </message>
    <message>
        <source>making a backup</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>fazendo um backup</translation>
    </message>
    <message>
        <source>storing photos</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>armazenando fotos</translation>
    </message>
    <message>
        <source>saving changes</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>salvando alterações</translation>
    </message>
    <message>
        <source>Another Dispute Desk window or command is {doing}; nothing was saved yet. Try again when it has finished</source>
        <translation>Outra janela ou comando do Dispute Desk está {doing}; nada foi salvo ainda. Tente novamente quando terminar</translation>
    </message>
    <message>
        <source>Another Dispute Desk window or command is {doing}; waiting for it…</source>
        <translation>Outra janela ou comando do Dispute Desk está {doing}; aguardando…</translation>
    </message>
    <message>
        <source>Another Dispute Desk window or command is {doing}; trying again…</source>
        <translation>Outra janela ou comando do Dispute Desk está {doing}; tentando novamente…</translation>
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
        <translation>o disco com {path} está cheio ({free} livres); libere cerca de {needed} e tente novamente. Nada foi alterado</translation>
    </message>
    <message>
        <source>the disk holding {path} is full; free about {needed} and try again. Nothing was changed</source>
        <translation>o disco com {path} está cheio; libere cerca de {needed} e tente novamente. Nada foi alterado</translation>
    </message>
    <message>
        <source>the disk holding {path} is full ({free} free); free some space and try again. Nothing was changed</source>
        <translation>o disco com {path} está cheio ({free} livres); libere espaço e tente novamente. Nada foi alterado</translation>
    </message>
    <message>
        <source>the disk holding {path} is full; free some space and try again. Nothing was changed</source>
        <translation>o disco com {path} está cheio; libere espaço e tente novamente. Nada foi alterado</translation>
    </message>
    <message>
        <source>{path} is damaged or not a Dispute Desk data file ({reason})</source>
        <translation>{path} está danificado ou não é um arquivo de dados do Dispute Desk ({reason})</translation>
    </message>
    <message>
        <source>the data in {path} can&apos;t be written (the folder or disk is read-only); nothing was changed</source>
        <translation>não é possível gravar os dados em {path} (a pasta ou o disco é somente leitura); nada foi alterado</translation>
    </message>
    <message>
        <source>the folder {path} can&apos;t be written to (no permission); nothing was changed</source>
        <translation>não é possível gravar na pasta {path} (sem permissão); nada foi alterado</translation>
    </message>
    <message>
        <source>the data file {path} can&apos;t be read or written ({reason}); the disk may be failing or was removed. The file was not changed by this</source>
        <translation>não é possível ler nem gravar o arquivo de dados {path} ({reason}); o disco pode estar falhando ou foi removido. O arquivo não foi alterado por isso</translation>
    </message>
    <message>
        <source>no migrations are shipped with this build</source>
        <translation>nenhuma migração acompanha esta versão</translation>
    </message>
    <message>
        <source>could not turn foreign keys off for the migration; nothing was changed</source>
        <translation>não foi possível desativar as chaves estrangeiras para a migração; nada foi alterado</translation>
    </message>
    <message numerus="yes">
        <source>the schema upgrade was rolled back: it left rows pointing at missing records in {names} (%n row(s))</source>
        <translation>
            <numerusform>a atualização do esquema foi desfeita: ela deixou linhas apontando para registros ausentes em {names} (%n linha)</numerusform>
            <numerusform>a atualização do esquema foi desfeita: ela deixou linhas apontando para registros ausentes em {names} (%n linhas)</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder {path} can be changed by every user of this computer, so it can&apos;t hold your orders; choose a folder of your own (for example {example})</source>
        <translation>a pasta {path} pode ser alterada por qualquer usuário deste computador, então não pode guardar seus pedidos; escolha uma pasta só sua (por exemplo, {example})</translation>
    </message>
    <message>
        <source>an evidence item names its file {sha256}, which is not a SHA-256</source>
        <translation>um item de prova nomeia seu arquivo como {sha256}, que não é um SHA-256</translation>
    </message>
    <message>
        <source>an evidence item has the file extension {ext}, which the app never stores</source>
        <translation>um item de prova tem a extensão de arquivo {ext}, que o app nunca armazena</translation>
    </message>
    <message>
        <source>the path {text} holds a NUL character</source>
        <translation>o caminho {text} contém um caractere NUL</translation>
    </message>
    <message>
        <source>the path {text} leads outside the data folder {root}; not touching it</source>
        <translation>o caminho {text} leva para fora da pasta de dados {root}; ele não será alterado</translation>
    </message>
    <message>
        <source>{file} is not a Dispute Desk data file (it has tables but no schema version)</source>
        <translation>{file} não é um arquivo de dados do Dispute Desk (tem tabelas, mas nenhuma versão de esquema)</translation>
    </message>
    <message>
        <source>{file} is not a Dispute Desk data file ({reason})</source>
        <translation>{file} não é um arquivo de dados do Dispute Desk ({reason})</translation>
    </message>
    <message>
        <source>{file} records several schema versions at once ({names})</source>
        <translation>{file} registra várias versões de esquema ao mesmo tempo ({names})</translation>
    </message>
    <message>
        <source>{file} has tables but no schema version; not touching it</source>
        <translation>{file} tem tabelas, mas nenhuma versão de esquema; ele não será alterado</translation>
    </message>
    <message>
        <source>{target} already exists; not overwriting it</source>
        <translation>{target} já existe; não será sobrescrito</translation>
    </message>
    <message>
        <source>this data was written by a newer Dispute Desk (schema {revision}); update the app</source>
        <translation>estes dados foram gravados por uma versão mais nova do Dispute Desk (esquema {revision}); atualize o app</translation>
    </message>
    <message>
        <source>the schema upgrade ended at {revision}, not at {head}; this build is inconsistent</source>
        <translation>a atualização do esquema terminou em {revision}, não em {head}; esta versão está inconsistente</translation>
    </message>
    <message>
        <source>the data file {path} was removed while the app was using it</source>
        <translation>o arquivo de dados {path} foi removido enquanto o app o usava</translation>
    </message>
    <message>
        <source>the data file {path} was closed; open it again to use it</source>
        <translation>o arquivo de dados {path} foi fechado; abra-o de novo para usá-lo</translation>
    </message>
    <message>
        <source>the data file {path} is missing</source>
        <translation>o arquivo de dados {path} está faltando</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>Needs attention</source>
        <translation>Precisa de atenção</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Aguardando pagamento</translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation>Aguardando envio</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>Em trânsito</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregues</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Disputas</translation>
    </message>
    <message>
        <source>Refunds pending</source>
        <translation>Reembolsos pendentes</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluídos</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelados</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Todos os pedidos</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Lixeira</translation>
    </message>
</context>
<context>
    <name>warning</name>
    <message>
        <source>Confirming receipt ends buyer protection: after that, only 1 day remains to open a dispute. Confirm only when everything is right.</source>
        <translation>Confirmar o recebimento encerra a proteção ao comprador: depois disso, resta só 1 dia para abrir uma disputa. Confirme só quando estiver tudo certo.</translation>
    </message>
    <message>
        <source>Confirming receipt ends buyer protection, and no dispute can be opened after that. Confirm only when everything is right.</source>
        <translation>Confirmar o recebimento encerra a proteção ao comprador, e depois disso não é possível abrir nenhuma disputa. Confirme só quando estiver tudo certo.</translation>
    </message>
    <message numerus="yes">
        <source>Confirming receipt ends buyer protection: after that, only %n day(s) remain to open a dispute. Confirm only when everything is right.</source>
        <translation>
            <numerusform>Confirmar o recebimento encerra a proteção ao comprador: depois disso, resta só %n dia para abrir uma disputa. Confirme só quando estiver tudo certo.</numerusform>
            <numerusform>Confirmar o recebimento encerra a proteção ao comprador: depois disso, restam só %n dias para abrir uma disputa. Confirme só quando estiver tudo certo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepting a partial refund settles the dispute: you get only this amount, the seller gets the rest, and no new dispute can be opened for this order.</source>
        <translation>Aceitar um reembolso parcial encerra a disputa: você recebe só esse valor, o vendedor fica com o restante e não é possível abrir uma nova disputa para este pedido.</translation>
    </message>
    <message>
        <source>Ask early: sellers answer slowly and protection keeps running meanwhile. If it isn&apos;t extended in time, open a dispute before protection ends.</source>
        <translation>Peça cedo: os vendedores demoram a responder e a proteção continua correndo enquanto isso. Se ela não for prorrogada a tempo, abra uma disputa antes do fim da proteção.</translation>
    </message>
    <message>
        <source>While the dispute is open: don&apos;t confirm receipt, don&apos;t cancel the dispute or accept an offer on the seller&apos;s promise alone, and don&apos;t file a chargeback with your bank beside the open case.</source>
        <translation>Enquanto a disputa estiver em aberto: não confirme o recebimento, não cancele a disputa nem aceite uma oferta só com base na promessa do vendedor, e não peça a contestação no cartão (chargeback) ao seu banco paralelamente ao caso em aberto.</translation>
    </message>
    <message>
        <source>Cancel only when the problem is solved: after a cancelled dispute, a new one can be opened only while buyer protection still runs, and not at all once the parcel is received or protection has ended. A seller&apos;s promise alone is no reason to cancel.</source>
        <translation>Cancele só quando o problema estiver resolvido: depois de uma disputa cancelada, só é possível abrir uma nova enquanto a proteção ao comprador ainda estiver valendo, e nunca depois que a encomenda for recebida ou a proteção terminar. Uma promessa do vendedor, sozinha, não é motivo para cancelar.</translation>
    </message>
</context>
</TS>
