<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name />
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="36" />
        <source>Store a value this different?</source>
        <translation>¿Guardar un valor tan distinto?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="37" />
        <source>The new value {new} is {ratio} times the stored value {old}.</source>
        <translation>El valor nuevo {new} es {ratio} veces el valor guardado {old}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="41" />
        <source>A unit (thousands, millions) or a digit may have slipped. Store {new}?</source>
        <translation>Puede que se haya colado una unidad (miles, millones) o una cifra. ¿Guardar {new}?</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="33" />
        <source>Import workbook…</source>
        <translation>Importar libro…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="36" />
        <source>Import batches…</source>
        <translation>Lotes de importación…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="39" />
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exportar a Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="42" />
        <source>Export &amp;brief (PDF)…</source>
        <translation>Exportar &amp;informe breve (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="45" />
        <source>&amp;Merge another office's project…</source>
        <translation>&amp;Fusionar el proyecto de otra oficina…</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>Left out: see the line below</source>
        <translation type="vanished">Excluido: vea la línea de abajo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/base.py" line="154" />
        <source>Left out by the computation: the line under the table says why.</source>
        <translation>Excluido por el cálculo: la línea bajo la tabla explica por qué.</translation>
    </message>
</context>
<context>
    <name>AnalysisState</name>
    <message>
        <location filename="../../desktop_app/ui/analysis/state.py" line="105" />
        <source>The project holds no data yet: import a workbook first.</source>
        <translation>El proyecto aún no tiene datos: importe primero un libro.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/state.py" line="138" />
        <source>Computing the regional indicators</source>
        <translation>Calculando los indicadores regionales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/state.py" line="180" />
        <source>Nothing was left out.</source>
        <translation>No se excluyó nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/state.py" line="181" />
        <source>Left out: </source>
        <translation>Excluido: </translation>
    </message>
</context>
<context>
    <name>BalanceBars</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="206" />
        <source>Select a scenario.</source>
        <translation>Seleccione un escenario.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="256" />
        <source>holds by {0:g}</source>
        <translation>se mantiene por {0:g}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="258" />
        <source>holds, tied with another variant</source>
        <translation>se mantiene, empatado con otra variante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="260" />
        <source>does not hold: short by {0:g}</source>
        <translation>no se mantiene: le faltan {0:g}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="300" />
        <source>what tips it towards {0!r} (+) or {1!r} (-):</source>
        <translation>qué lo inclina hacia {0!r} (+) o {1!r} (-):</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <location filename="../../desktop_app/ui/brief_pdf.py" line="89" />
        <source>{title} · {date} · page {n} of {total}</source>
        <extracomment>Okabe-Ito: blue for values, vermillion for negative ones, then the others for lines.</extracomment>
        <translation>{title} · {date} · página {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/brief_pdf.py" line="155" />
        <source>Regional brief · {date} · data: {sources}</source>
        <translation>Informe regional breve · {date} · datos: {sources}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/brief_pdf.py" line="158" />
        <source>none imported</source>
        <translation>ninguno importado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/brief_pdf.py" line="273" />
        <source>... and {n} more rows in the report workbook</source>
        <translation>... y {n} filas más en el libro de informe</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../desktop_app/ui/exchange/brief_dialog.py" line="38" />
        <location filename="../../desktop_app/ui/exchange/brief_dialog.py" line="69" />
        <location filename="../../desktop_app/ui/exchange/brief_dialog.py" line="91" />
        <source>Export brief</source>
        <translation>Exportar informe breve</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/brief_dialog.py" line="46" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/brief_dialog.py" line="60" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/brief_dialog.py" line="61" />
        <source>Scenario studies</source>
        <translation>Estudios de escenarios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/brief_dialog.py" line="62" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/brief_dialog.py" line="69" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/brief_dialog.py" line="79" />
        <source>Choose a file ending in .pdf.</source>
        <translation>Elija un archivo terminado en .pdf.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/brief_dialog.py" line="89" />
        <source>Gathering the brief…</source>
        <translation>Reuniendo el informe breve…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/brief_dialog.py" line="95" />
        <source>Cancelled; no file was written.</source>
        <translation>Cancelado; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/brief_dialog.py" line="107" />
        <source>Wrote {0} ({1} pages).</source>
        <translation>Escrito {0} ({1} páginas).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/brief_dialog.py" line="108" />
        <source>Exported {0}</source>
        <translation>Exportado {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/brief_dialog.py" line="111" />
        <source>The brief could not be written: {0}</source>
        <translation>No se pudo escribir el informe breve: {0}</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="44" />
        <source>Check before importing</source>
        <translation>Comprobar antes de importar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="46" />
        <source>Nothing has been written yet. Import writes everything as one batch.</source>
        <translation>Todavía no se ha escrito nada. La importación escribe todo como un único lote.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="55" />
        <source>Before importing</source>
        <translation>Antes de importar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="57" />
        <source>Rows to be written</source>
        <translation>Filas que se escribirán</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="60" />
        <source>Also show how text was read as numbers</source>
        <translation>Mostrar también cómo se leyó el texto como números</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="66" />
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="66" />
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="66" />
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="72" />
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="79" />
        <source>Replace the project's values</source>
        <translation>Reemplazar los valores del proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="80" />
        <source>Keep the project's values</source>
        <translation>Conservar los valores del proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="81" />
        <source>Ask for each value</source>
        <translation>Preguntar por cada valor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="94" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="95" />
        <source>Industry</source>
        <translation>Rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="96" />
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="97" />
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="98" />
        <source>In the project</source>
        <translation>En el proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="99" />
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="100" />
        <source>Keep the project's</source>
        <translation>Conservar el del proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="106" />
        <source>Changed values</source>
        <translation>Valores modificados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="110" />
        <source>Export the report…</source>
        <translation>Exportar el informe…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="114" />
        <source>Save the choices as the recipe</source>
        <translation>Guardar las elecciones como receta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="116" />
        <source>recipe name, e.g. INE employment by branch</source>
        <translation>nombre de la receta, p. ej. INE empleo por rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="126" />
        <source>&lt;b&gt;{file}&lt;/b&gt;, sheet &lt;b&gt;{sheet}&lt;/b&gt;: {rows} rows read. Values: &lt;b&gt;{new}&lt;/b&gt; new, &lt;b&gt;{changed}&lt;/b&gt; changed, &lt;b&gt;{unchanged}&lt;/b&gt; unchanged; &lt;b&gt;{rejected}&lt;/b&gt; rejected.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;, hoja &lt;b&gt;{sheet}&lt;/b&gt;: {rows} filas leídas. Valores: &lt;b&gt;{new}&lt;/b&gt; nuevos, &lt;b&gt;{changed}&lt;/b&gt; modificados, &lt;b&gt;{unchanged}&lt;/b&gt; sin cambios; &lt;b&gt;{rejected}&lt;/b&gt; rechazados.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="139" />
        <source>Cells: {read} read = {used} used + {explained} explained (listed below with their reasons).</source>
        <translation>Celdas: {read} leídas = {used} usadas + {explained} explicadas (se listan abajo con sus motivos).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="148" />
        <source>&lt;span style='color:#b3261e'&gt;This file was imported before ({when}).&lt;/span&gt;</source>
        <translation>&lt;span style='color:#b3261e'&gt;Este archivo ya se importó antes ({when}).&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="152" />
        <source>&lt;span style='color:#b3261e'&gt;The recipe no longer matches this file; nothing can be imported with it.&lt;/span&gt;</source>
        <translation>&lt;span style='color:#b3261e'&gt;La receta ya no corresponde a este archivo; no se puede importar nada con ella.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="165" />
        <source>New in the project: {r} region(s), {i} industry(ies).</source>
        <translation>Nuevo en el proyecto: {r} región(es), {i} rama(s).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="168" />
        <source>{n} label(s) will be remembered as aliases.</source>
        <translation>{n} etiqueta(s) se recordarán como alias.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="177" />
        <source>Before importing ({n})</source>
        <translation>Antes de importar ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="185" />
        <source>Changed values ({n})</source>
        <translation>Valores modificados ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="207" />
        <source>Every cell was read.</source>
        <translation>Se leyeron todas las celdas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="213" />
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="214" />
        <source>not read</source>
        <translation>no leída</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="215" />
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="227" />
        <source>Problems ({n}) and notes ({m})</source>
        <translation>Problemas ({n}) y notas ({m})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="270" />
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="270" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="282" />
        <source>Exporting the report</source>
        <translation>Exportando el informe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="285" />
        <source>Report written to {name}.</source>
        <translation>Informe escrito en {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="333" />
        <source>Import cancelled; nothing was written.</source>
        <translation>Importación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="338" />
        <source>The import failed; nothing was written: {error}</source>
        <translation>La importación falló; no se escribió nada: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="344" />
        <source>Importing {n} values…</source>
        <translation>Importando {n} valores…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="346" />
        <source>Importing {name}</source>
        <translation>Importando {name}</translation>
    </message>
</context>
<context>
    <name>ChooserBar</name>
    <message>
        <location filename="../../desktop_app/ui/analysis/state.py" line="204" />
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/state.py" line="205" />
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/state.py" line="206" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/state.py" line="207" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/state.py" line="208" />
        <source>To</source>
        <translation>Hasta</translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="49" />
        <source>&lt;h2&gt;{title}&lt;/h2&gt;&lt;p&gt;{coming}&lt;/p&gt;&lt;p&gt;&lt;i&gt;This section is not available in this version yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{title}&lt;/h2&gt;&lt;p&gt;{coming}&lt;/p&gt;&lt;p&gt;&lt;i&gt;Esta sección aún no está disponible en esta versión.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CrossImpactModel</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="108" />
        <source>Self-impact block: closed.</source>
        <translation>Bloque de autoimpacto: cerrado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="132" />
        <source>{value!r} is not a whole number from {low} to {high}.</source>
        <translation>{value!r} no es un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number from -{k} to +{k}.</source>
        <translation type="vanished">{value!r} no es un número entero de -{k} a +{k}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="142" />
        <source>Set {cell} to {value}</source>
        <translation>Poner {cell} en {value}</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="63" />
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="64" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="65" />
        <source>Industry</source>
        <translation>Rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="66" />
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="68" />
        <source>Held per job</source>
        <translation>Por puesto de trabajo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="70" />
        <source>An intensity (a wage per job, a share of jobs, emissions per job): the futures weight it by the projected jobs instead of projecting it</source>
        <translation>Una intensidad (un salario por puesto, una proporción de los empleos, emisiones por puesto): los futuros la ponderan por los empleos proyectados en lugar de proyectarla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="103" />
        <source>Loading the chart…</source>
        <translation>Cargando el gráfico…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="137" />
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="171" />
        <source>{n} observations</source>
        <translation>{n} observaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="196" />
        <source>Not stored: {old} is kept.</source>
        <translation>No guardado: se mantiene {old}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="200" />
        <source>Stored {value}.</source>
        <translation>Guardado {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="201" />
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="251" />
        <source>Flag</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="251" />
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="251" />
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="253" />
        <source>entered by hand</source>
        <translation>introducido a mano</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="263" />
        <source>Earlier values</source>
        <translation>Valores anteriores</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="264" />
        <source>replaced</source>
        <translation>reemplazado el</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="270" />
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/policy/experiment_edit.py" line="48" />
        <source>Decide: {name}</source>
        <translation>Decidir: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/experiment_edit.py" line="58" />
        <source>What was learned: stopping an experiment is a result too.</source>
        <translation>Lo aprendido: detener un experimento también es un resultado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/experiment_edit.py" line="66" />
        <source>Hypothesis</source>
        <translation>Hipótesis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/experiment_edit.py" line="67" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/experiment_edit.py" line="68" />
        <source>Next decision date</source>
        <translation>Próxima fecha de decisión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/experiment_edit.py" line="69" />
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
</context>
<context>
    <name>DescriptorDialog</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="49" />
        <source>New descriptor</source>
        <translation>Nuevo descriptor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="52" />
        <source>One variant per line, at least two</source>
        <translation>Una variante por línea, al menos dos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="55" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="56" />
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="57" />
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
</context>
<context>
    <name>DoubtsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/importer/doubts_panel.py" line="41" />
        <source>Import anyway</source>
        <translation>Importar de todos modos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/doubts_panel.py" line="42" />
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/doubts_panel.py" line="43" />
        <source>What looks wrong</source>
        <translation>Qué parece incorrecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/doubts_panel.py" line="44" />
        <source>What settles it</source>
        <translation>Qué lo resuelve</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/doubts_panel.py" line="69" />
        <source>Listed as "{code}" in the recipe's accept field</source>
        <translation>Figura como "{code}" en el campo accept de la receta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/doubts_panel.py" line="106" />
        <source>The mapping looks wrong in {n} way(s); nothing can be imported until each is settled. Go Back and change what a reason names, or tick Import anyway if the mapping is right.</source>
        <translation>La asignación parece incorrecta en {n} aspecto(s); no se puede importar nada hasta resolver cada uno. Vuelva Atrás y cambie lo que indica el motivo, o marque Importar de todos modos si la asignación es correcta.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/doubts_panel.py" line="113" />
        <source>Every reason is settled or accepted.</source>
        <translation>Todos los motivos están resueltos o aceptados.</translation>
    </message>
</context>
<context>
    <name>DynamicsView</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="340" />
        <source>New competency-industry links</source>
        <translation>Nuevos vínculos competencia-rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="341" />
        <source>New competency-institution links</source>
        <translation>Nuevos vínculos competencia-institución</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="342" />
        <source>New institution-industry collaborations</source>
        <translation>Nuevas colaboraciones institución-rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="343" />
        <source>Diversification into related industries</source>
        <translation>Diversificación hacia ramas relacionadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="344" />
        <source>Links into declining or renewing industries</source>
        <translation>Vínculos con ramas en declive o en renovación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="350" />
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="389" />
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="351" />
        <source>Count</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="396" />
        <source>%d new links to industries and %d to institutions; %d new institution-industry collaborations; %d entries into related industries, %d into unrelated ones; %d links into declining or renewing industries. Undated links (in no year): %d.</source>
        <translation>%d vínculos nuevos con ramas y %d con instituciones; %d colaboraciones nuevas institución-rama; %d entradas en ramas relacionadas, %d en no relacionadas; %d vínculos con ramas en declive o en renovación. Vínculos sin fecha (sin año): %d.</translation>
    </message>
</context>
<context>
    <name>EditValueCommand</name>
    <message>
        <location filename="../../desktop_app/ui/data/edit_commands.py" line="28" />
        <source>Edit {what}</source>
        <translation>Editar {what}</translation>
    </message>
</context>
<context>
    <name>ExperimentEdit</name>
    <message>
        <location filename="../../desktop_app/ui/policy/experiment_edit.py" line="30" />
        <source>Decide experiment %s</source>
        <translation>Decidir el experimento %s</translation>
    </message>
</context>
<context>
    <name>ExperimentsView</name>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="425" />
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="478" />
        <source>Experiment</source>
        <translation>Experimento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="425" />
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="475" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="425" />
        <source>Decision due</source>
        <translation>Decisión pendiente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="426" />
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="472" />
        <source>Option or project</source>
        <translation>Opción o proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="426" />
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="472" />
        <source>Hypothesis</source>
        <translation>Hipótesis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="427" />
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="473" />
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="427" />
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="473" />
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="427" />
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="474" />
        <source>Decision date</source>
        <translation>Fecha de decisión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="428" />
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="475" />
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="428" />
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="476" />
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="430" />
        <source>Decide…</source>
        <translation>Decidir…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="432" />
        <source>Set the selected experiment's status, lesson and next decision date</source>
        <translation>Fijar el estado, la lección y la próxima fecha de decisión del experimento seleccionado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="459" />
        <source>The decision date {date} is before the experiment's start {start}; nothing was changed.</source>
        <translation>La fecha de decisión {date} es anterior al inicio del experimento {start}; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="488" />
        <source>{signal} (signpost: {status})</source>
        <translation>{signal} (señal de alerta: {status})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="496" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="502" />
        <source>{n} experiments, {d} past their decision date and still open. Stopping an experiment is not a failure: the lesson is the record.</source>
        <translation>{n} experimentos, {d} con la fecha de decisión vencida y aún abiertos. Detener un experimento no es un fracaso: la lección queda registrada.</translation>
    </message>
</context>
<context>
    <name>ExpertsView</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="42" />
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="43" />
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="44" />
        <source>Sum</source>
        <translation>Suma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="63" />
        <source>Consistent scenarios of the combined matrix</source>
        <translation>Escenarios consistentes de la matriz combinada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="75" />
        <source>The consistent scenarios were not all found within {s:g} s, so the cells that change them are not listed.</source>
        <translation>No se encontraron todos los escenarios consistentes en {s:g} s, así que no se listan las celdas que los cambian.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="117" />
        <source>{src} → {dst}: experts differ by {v:g}</source>
        <translation>{src} → {dst}: los expertos difieren en {v:g}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="135" />
        <source>Combine experts by</source>
        <translation>Combinar expertos por</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="138" />
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="312" />
        <source>Experts</source>
        <translation>Expertos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="145" />
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="146" />
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="147" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="161" />
        <source>Spread of the judgements (largest − smallest)</source>
        <translation>Dispersión de los juicios (mayor − menor)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="166" />
        <source>Judgement</source>
        <translation>Juicio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="166" />
        <source>Spread</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="166" />
        <source>Scenarios at risk</source>
        <translation>Escenarios en riesgo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="174" />
        <source>Disagreements that change the result</source>
        <translation>Desacuerdos que cambian el resultado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="177" />
        <source>Find the judgements that matter</source>
        <translation>Buscar los juicios que importan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="221" />
        <source>With one expert there is nothing to compare: add experts (or import their questionnaires) to see where they disagree.</source>
        <translation>Con un solo experto no hay nada que comparar: añada expertos (o importe sus cuestionarios) para ver dónde discrepan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="241" />
        <source>Press “Find the judgements that matter” to see which disagreements change the consistent scenarios.</source>
        <translation>Pulse «Buscar los juicios que importan» para ver qué desacuerdos cambian los escenarios consistentes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="260" />
        <source>Looking for the consistent scenarios of the combined matrix…</source>
        <translation>Buscando los escenarios consistentes de la matriz combinada…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="263" />
        <source>Expert disagreement</source>
        <translation>Desacuerdo entre expertos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="303" />
        <source>{n} consistent scenario(s) under the combined matrix; {k} judgement(s) on which the experts differ by more than the margin a scenario holds by.</source>
        <translation>{n} escenario(s) consistente(s) con la matriz combinada; {k} juicio(s) en los que los expertos difieren más que el margen por el que se mantiene un escenario.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="319" />
        <source>Combine experts by {m}</source>
        <translation>Combinar expertos por {m}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="326" />
        <source>Add expert {name}</source>
        <translation>Añadir el experto {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="332" />
        <source>Rename expert to {name}</source>
        <translation>Renombrar el experto como {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="342" />
        <source>Remove expert {name}</source>
        <translation>Quitar el experto {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="347" />
        <source>Add expert</source>
        <translation>Añadir experto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="347" />
        <source>Expert's name</source>
        <translation>Nombre del experto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="355" />
        <source>Rename expert</source>
        <translation>Renombrar experto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="355" />
        <source>New name</source>
        <translation>Nuevo nombre</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <location filename="../../desktop_app/ui/analysis/exporting.py" line="85" />
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/exporting.py" line="85" />
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/exporting.py" line="87" />
        <source>Export the chart</source>
        <translation>Exportar el gráfico</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/exporting.py" line="91" />
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/exporting.py" line="92" />
        <source>Export the table to an Excel workbook</source>
        <translation>Exportar la tabla a un libro de Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/exporting.py" line="102" />
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/exporting.py" line="109" />
        <source>Export table</source>
        <translation>Exportar tabla</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="102" />
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="253" />
        <source>Export to Excel</source>
        <translation>Exportar a Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="105" />
        <source>Layout</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="120" />
        <source>Selection</source>
        <translation>Selección</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="124" />
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="135" />
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="138" />
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="139" />
        <source>Include the user names recorded with sources</source>
        <translation>Incluir los nombres de usuario registrados con las fuentes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="151" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="153" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="165" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="181" />
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="187" />
        <source>Lifecycles of</source>
        <translation>Ciclos de vida de</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="193" />
        <source>{name}: {n} scenarios stored</source>
        <translation>{name}: {n} escenarios guardados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="194" />
        <source>{name}: not solved yet</source>
        <translation>{name}: aún sin resolver</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="196" />
        <source>Scenario studies</source>
        <translation>Estudios de escenarios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="213" />
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="213" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="235" />
        <source>Choose a file ending in .xlsx.</source>
        <translation>Elija un archivo terminado en .xlsx.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="239" />
        <source>Check the regions whose lifecycles the report shows.</source>
        <translation>Marque las regiones cuyos ciclos de vida muestra el informe.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="251" />
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="263" />
        <source>Wrote {0}: {1} observations.</source>
        <translation>Escrito {0}: {1} observaciones.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="268" />
        <source>Exported {0}</source>
        <translation>Exportado {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="271" />
        <source>The export failed: {0}</source>
        <translation>La exportación falló: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="274" />
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>ExportLayouts</name>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="55" />
        <source>Exchange (tidy)</source>
        <translation>Intercambio (ordenado)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="56" />
        <source>One observation per row with classifications, aliases and sources; another Anticipa imports it unchanged.</source>
        <translation>Una observación por fila con clasificaciones, alias y fuentes; otra instalación de Anticipa la importa sin cambios.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="64" />
        <source>Official tables</source>
        <translation>Cuadros oficiales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="65" />
        <source>One table per measure and industry, regions by year, with titles, units and source notes, as statistics offices publish.</source>
        <translation>Un cuadro por medida y rama, regiones por año, con títulos, unidades y notas de fuente, como publican las oficinas de estadística.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="73" />
        <source>Collection template</source>
        <translation>Plantilla de recogida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="74" />
        <source>A workbook for officials to fill in, with drop-down lists of regions, industries, measures and years; it imports with no mapping.</source>
        <translation>Un libro para que lo rellenen los funcionarios, con listas desplegables de regiones, ramas, medidas y años; se importa sin asignación de columnas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="82" />
        <source>Report workbook</source>
        <translation>Libro de informe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="83" />
        <source>Indicator tables (location quotients, shift-share, concentration, complexity), lifecycle stages, competencies and scenario results, with Excel charts and colour highlights.</source>
        <translation>Cuadros de indicadores (cocientes de localización, shift-share, concentración, complejidad), etapas del ciclo de vida, competencias y resultados de escenarios, con gráficos de Excel y resaltado en color.</translation>
    </message>
</context>
<context>
    <name>FuturesView</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="107" />
        <source>observed</source>
        <extracomment>Okabe-Ito, one colour per scenario (colour-blind safe).</extracomment>
        <translation>observado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="153" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="154" />
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="155" />
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="156" />
        <source>Draws</source>
        <translation>Simulaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="175" />
        <source>Industry</source>
        <translation>Rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="177" />
        <source>Save chart...</source>
        <translation>Guardar gráfico...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="197" />
        <source>Change of annual growth in percentage points: one number, or low / mode / high. Column * applies to every industry. Paste blocks from Excel.</source>
        <translation>Cambio del crecimiento anual en puntos porcentuales: un número, o mínimo / moda / máximo. La columna * se aplica a todas las ramas. Pegue bloques desde Excel.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="206" />
        <source>Import effects workbook...</source>
        <translation>Importar libro de efectos...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="209" />
        <source>Sheets Effects (descriptor, variant, industry, low, mode, high) and Shocks (descriptor, variant, industry, start, depth, recovery_years); they replace the study's effects and shocks</source>
        <translation>Hojas Effects (descriptor, variant, industry, low, mode, high) y Shocks (descriptor, variant, industry, start, depth, recovery_years); sustituyen los efectos y choques del estudio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="221" />
        <source>At the horizon</source>
        <translation>En el horizonte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="230" />
        <source>Structure</source>
        <translation>Estructura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="231" />
        <source>Tornado</source>
        <translation>Tornado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="234" />
        <source>All industries</source>
        <translation>Todas las ramas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="239" />
        <source>Effects and shocks</source>
        <translation>Efectos y choques</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="309" />
        <source>Choose a study with scenarios and a region.</source>
        <translation>Elija un estudio con escenarios y una región.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="329" />
        <source>Computing the futures ...</source>
        <translation>Calculando los futuros ...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="331" />
        <source>Projecting the scenarios</source>
        <translation>Proyectando los escenarios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="343" />
        <source>{region}, {measure}: {n} industries, {s} scenarios, {d} draws (seed {seed}). Bands: P10-P90; lines: median.</source>
        <translation>{region}, {measure}: {n} ramas, {s} escenarios, {d} simulaciones (semilla {seed}). Bandas: P10-P90; líneas: mediana.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="353" />
        <source> Left out: {0}</source>
        <translation> Excluido: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="358" />
        <source>Total of the region</source>
        <translation>Total de la región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="392" />
        <source>horizon</source>
        <translation>horizonte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="409" />
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="409" />
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="440" />
        <source>Chart saved to {0}</source>
        <translation>Gráfico guardado en {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="488" />
        <source>change of the total in {0} against the baseline</source>
        <translation>cambio del total en {0} respecto a la línea base</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="497" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="499" />
        <source>Gained</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="500" />
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="501" />
        <source>Herfindahl</source>
        <translation>Herfindahl</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="502" />
        <source>Entropy (bits)</source>
        <translation>Entropía (bits)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="504" />
        <source>{measure} x jobs ({unit})</source>
        <translation>{measure} x empleos ({unit})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="516" />
        <source>Today ({0}): {1:.3f}</source>
        <translation>Hoy ({0}): {1:.3f}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="521" />
        <source>Today ({0}): {1:.2f}</source>
        <translation>Hoy ({0}): {1:.2f}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="528" />
        <source>{name}, held at its last value per industry, times the projected {measure}. Today ({year}): {value}</source>
        <translation>{name}, mantenida en su último valor por rama, por {measure} proyectado. Hoy ({year}): {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="540" />
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="590" />
        <source>{median} ({low} to {high})</source>
        <translation>{median} ({low} a {high})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="571" />
        <source>Location quotients against {0} cannot be computed: {1}.</source>
        <translation>No se pueden calcular los cocientes de localización frente a {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="578" />
        <source>Location quotients in {last} and in {horizon} against {reference}, projected by its trend without the scenarios' effects and shocks (above 1: more of the industry than the reference). Tooltips: the shares.</source>
        <translation>Cocientes de localización en {last} y en {horizon} frente a {reference}, proyectada por su tendencia sin los efectos ni los choques de los escenarios (por encima de 1: más de la rama que en la referencia). Información emergente: las participaciones.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="591" />
        <source>Share P50 {median} (P10 {low}, P90 {high})</source>
        <translation>Participación P50 {median} (P10 {low}, P90 {high})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="605" />
        <source>Share {0}</source>
        <translation>Participación {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="653" />
        <source>Shocks: </source>
        <translation>Choques: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="656" />
        <source>{variant} → {industry} {depth:+.0f} % in {start}, back in {years} years ({shape})</source>
        <translation>{variant} → {industry} {depth:+.0f} % en {start}, recuperado en {years} años ({shape})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="669" />
        <source>No shocks (import them with an effects workbook).</source>
        <translation>Sin choques (impórtelos con un libro de efectos).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="675" />
        <source>C*, C10-C12 or a code</source>
        <translation>C*, C10-C12 o un código</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="677" />
        <source>low / mode / high, blank to clear</source>
        <translation>bajo / moda / alto, vacío para borrar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="678" />
        <source>Fill the selected rows</source>
        <translation>Rellenar las filas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="681" />
        <source>Writes the effect into the column of each industry of the group, in every selected row (one undoable edit): C* is every code starting with C and the industries under C; C10-C12 the codes from C10 to C12.</source>
        <translation>Escribe el efecto en la columna de cada industria del grupo, en cada fila seleccionada (una sola edición que se puede deshacer): C* son todos los códigos que empiezan por C y las industrias bajo C; C10-C12, los códigos de C10 a C12.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="688" />
        <source>Industry group</source>
        <translation>Grupo de industrias</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="690" />
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="700" />
        <source>Select the rows (Descriptor: Variant) to fill first.</source>
        <translation>Seleccione primero las filas (Descriptor: Variante) que quiere rellenar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="712" />
        <source>Fill {group}</source>
        <translation>Rellenar {group}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="723" />
        <source>Edit effect</source>
        <translation>Editar efecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="729" />
        <source>This project is open read-only.</source>
        <translation>Este proyecto está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="757" />
        <source>Effects workbook</source>
        <translation>Libro de efectos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="757" />
        <source>Workbooks (*.xlsx *.xls *.ods)</source>
        <translation>Libros (*.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="765" />
        <source>Choose a study in a project open for writing.</source>
        <translation>Elija un estudio en un proyecto abierto para escritura.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="773" />
        <source>{e} effects and {s} shocks imported</source>
        <translation>{e} efectos y {s} choques importados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="799" />
        <source>Paste {n} effects</source>
        <translation>Pegar {n} efectos</translation>
    </message>
</context>
<context>
    <name>GuidedTour</name>
    <message>
        <location filename="../../desktop_app/ui/tour.py" line="32" />
        <source>&lt;b&gt;The navigator&lt;/b&gt; holds the sections: Data, Analysis, Lifecycles, Scenarios, Reports (Ctrl+1 to Ctrl+6). On a small screen, View ▸ Navigator hides it.</source>
        <translation>&lt;b&gt;El navegador&lt;/b&gt; contiene las secciones: Datos, Análisis, Ciclos de vida, Escenarios, Informes (Ctrl+1 a Ctrl+6). En una pantalla pequeña, Ver ▸ Navegador lo oculta.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tour.py" line="36" />
        <source>&lt;b&gt;Import&lt;/b&gt;: File ▸ Import workbook… (or drop a workbook on the window) reads a statistics office's Excel file. Every cell it cannot use is listed with its reason, and your choices are saved as a recipe for next year's file.</source>
        <translation>&lt;b&gt;Importar&lt;/b&gt;: Archivo ▸ Importar libro… (o suelte un libro sobre la ventana) lee el archivo Excel de una oficina de estadística. Cada celda que no puede usar se lista con su motivo, y sus elecciones se guardan como receta para el archivo del año siguiente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tour.py" line="41" />
        <source>&lt;b&gt;A chart&lt;/b&gt;: the portfolio of the region's industries, specialisation (LQ) across, growth up, bubble = jobs. Click a bubble: the inspector on the right shows its numbers and where they came from.</source>
        <translation>&lt;b&gt;Un gráfico&lt;/b&gt;: la cartera de ramas de la región, especialización (CL) en horizontal, crecimiento en vertical, burbuja = empleos. Haga clic en una burbuja: el inspector de la derecha muestra sus cifras y de dónde proceden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tour.py" line="46" />
        <source>&lt;b&gt;A scenario study&lt;/b&gt;: the consistent scenarios of a cross-impact study. Select one to see why it holds: each descriptor's balance, and what pushes it there.</source>
        <translation>&lt;b&gt;Un estudio de escenarios&lt;/b&gt;: los escenarios consistentes de un estudio de impactos cruzados. Seleccione uno para ver por qué se mantiene: el balance de cada descriptor y qué lo empuja allí.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tour.py" line="50" />
        <source>&lt;b&gt;Help&lt;/b&gt;: F1 or this &lt;b&gt;?&lt;/b&gt; opens the page of the view in front: what it shows, its formula, how to read it. Help ▸ User guide has the rest.</source>
        <translation>&lt;b&gt;Ayuda&lt;/b&gt;: F1 o este &lt;b&gt;?&lt;/b&gt; abre la página de la vista en primer plano: qué muestra, su fórmula, cómo leerla. Ayuda ▸ Guía del usuario tiene el resto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tour.py" line="93" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tour.py" line="94" />
        <location filename="../../desktop_app/ui/tour.py" line="119" />
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tour.py" line="95" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tour.py" line="117" />
        <source>{n} of {total}</source>
        <translation>{n} de {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tour.py" line="119" />
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <location filename="../../desktop_app/ui/analysis/heatmap.py" line="67" />
        <source>Sorted by code</source>
        <translation>Ordenado por código</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/heatmap.py" line="68" />
        <source>Clustered: similar structures together</source>
        <translation>Agrupado: estructuras similares juntas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/heatmap.py" line="69" />
        <source>Sorted by economic complexity (ECI)</source>
        <translation>Ordenado por complejidad económica (ECI)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/heatmap.py" line="70" />
        <source>Sorted by LQ of the first industry</source>
        <translation>Ordenado por CL de la primera rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/heatmap.py" line="73" />
        <source>Blue: specialised (LQ &gt; 1); orange: under-represented; grey: left out.</source>
        <translation>Azul: especializada (CL &gt; 1); naranja: subrepresentada; gris: excluida.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/heatmap.py" line="75" />
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/heatmap.py" line="130" />
        <source>Location quotients {year} against {reference}</source>
        <translation>Cocientes de localización {year} respecto a {reference}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/heatmap.py" line="149" />
        <source>left out</source>
        <translation>excluido</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="80" />
        <source>Anticipa help</source>
        <translation>Ayuda de Anticipa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="85" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="89" />
        <source>All methods</source>
        <translation>Todos los métodos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="91" />
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="127" />
        <source>Not shipped with Anticipa (no network is used): {url}</source>
        <translation>No se incluye con Anticipa (no se usa la red): {url}</translation>
    </message>
</context>
<context>
    <name>ImportBatchesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="36" />
        <source>Import batches</source>
        <translation>Lotes de importación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="40" />
        <source>Every import is one batch. Undoing a batch removes the values it brought and puts back the values it replaced.</source>
        <translation>Cada importación es un lote. Deshacer un lote elimina los valores que trajo y restituye los valores que reemplazó.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="49" />
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="50" />
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="51" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="52" />
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="53" />
        <source>Recipe</source>
        <translation>Receta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="54" />
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="55" />
        <source>Values now</source>
        <translation>Valores actuales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="56" />
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="73" />
        <source>Undo this import</source>
        <translation>Deshacer esta importación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="113" />
        <source>Nothing has been imported into this project yet.</source>
        <translation>Aún no se ha importado nada en este proyecto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="133" />
        <source>Undo import</source>
        <translation>Deshacer importación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="135" />
        <source>Remove every value import batch {batch} brought and put back the values it replaced?</source>
        <translation>¿Eliminar todos los valores que trajo el lote de importación {batch} y restituir los valores que reemplazó?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="154" />
        <source>Import batch {batch} undone: {n} values removed or put back.</source>
        <translation>Lote de importación {batch} deshecho: {n} valores eliminados o restituidos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="161" />
        <source>Import batch {batch} undone.</source>
        <translation>Lote de importación {batch} deshecho.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="172" />
        <source>Undoing import batch {batch}</source>
        <translation>Deshaciendo el lote de importación {batch}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="76" />
        <location filename="../../desktop_app/ui/importer/wizard.py" line="305" />
        <source>Import {name}</source>
        <extracomment>Page ids, in order.</extracomment>
        <translation>Importar {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="79" />
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="157" />
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="191" />
        <source>Imported {n} values from {file} (import batch {batch}).</source>
        <translation>Importados {n} valores de {file} (lote de importación {batch}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="219" />
        <source>{name} cannot be imported as it is; nothing was written. {error}</source>
        <translation>{name} no se puede importar tal como está; no se escribió nada. {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="227" />
        <source>Import cancelled; nothing was written.</source>
        <translation>Importación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="230" />
        <source>an Anticipa exchange workbook</source>
        <translation>un libro de intercambio de Anticipa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="232" />
        <source>a filled collection template</source>
        <translation>una plantilla de recogida rellenada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="235" />
        <source>{name} is {kind}: importing it, no mapping needed…</source>
        <translation>{name} es {kind}: se importa sin necesidad de asignar columnas…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="240" />
        <source>Importing {name}</source>
        <translation>Importando {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="257" />
        <source>Imported {new} new and {changed} changed values from {file} (import batch {batch}).</source>
        <translation>Importados {new} valores nuevos y {changed} modificados de {file} (lote de importación {batch}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="268" />
        <source>Nothing was written: {file} holds no new or changed values.</source>
        <translation>No se escribió nada: {file} no contiene valores nuevos ni modificados.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="275" />
        <source>{n} values were already in the project as they are.</source>
        <translation>{n} valores ya estaban en el proyecto tal como son.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="281" />
        <source>{n} changed values were kept as the project had them.</source>
        <translation>{n} valores modificados se conservaron como los tenía el proyecto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="288" />
        <source>Added {regions} regions, {industries} industries, {measures} measures.</source>
        <translation>Añadidas {regions} regiones, {industries} ramas, {measures} medidas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="293" />
        <source>{n} template rows were left empty and skipped.</source>
        <translation>{n} filas de la plantilla estaban vacías y se omitieron.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="299" />
        <source>This file was imported before ({batch}).</source>
        <translation>Este archivo ya se importó antes ({batch}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="325" />
        <source>Import workbook</source>
        <translation>Importar libro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="327" />
        <source>Workbooks ({patterns});;All files (*)</source>
        <translation>Libros ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="48" />
        <source>(not read)</source>
        <translation>(no se lee)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="49" />
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="50" />
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="51" />
        <source>region code</source>
        <translation>código de región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="52" />
        <source>region name</source>
        <translation>nombre de región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="53" />
        <source>industry</source>
        <translation>rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="54" />
        <source>industry code</source>
        <translation>código de rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="55" />
        <source>industry name</source>
        <translation>nombre de rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="56" />
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="57" />
        <source>measure</source>
        <translation>medida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="58" />
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="59" />
        <source>flag</source>
        <translation>marca</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="66" />
        <location filename="../../desktop_app/ui/importer/table_page.py" line="77" />
        <source>(nothing to read)</source>
        <translation>(nada que leer)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="67" />
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="68" />
        <location filename="../../desktop_app/ui/importer/table_page.py" line="78" />
        <source>regions</source>
        <translation>regiones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="69" />
        <location filename="../../desktop_app/ui/importer/table_page.py" line="79" />
        <source>industries</source>
        <translation>ramas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="70" />
        <location filename="../../desktop_app/ui/importer/table_page.py" line="80" />
        <source>measures</source>
        <translation>medidas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="86" />
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="87" />
        <source>thousands</source>
        <translation>miles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="88" />
        <source>millions</source>
        <translation>millones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="89" />
        <source>billions</source>
        <translation>miles de millones</translation>
    </message>
</context>
<context>
    <name>JudgementDialog</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="41" />
        <source>Lifecycle judgement: %s</source>
        <translation>Juicio sobre el ciclo de vida: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="52" />
        <source>Why this stage? (required)</source>
        <translation>¿Por qué esta etapa? (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="55" />
        <source>Computed: %s — %s</source>
        <translation>Calculada: %s — %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="55" />
        <source>no stage</source>
        <translation>sin etapa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="59" />
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="67" />
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="60" />
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="66" />
        <source>Judged on</source>
        <translation>Juzgado el</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="61" />
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="68" />
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="62" />
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="69" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="70" />
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="99" />
        <source>History (newest first; the newest is in force)</source>
        <translation>Historial (lo más reciente primero; lo más reciente está en vigor)</translation>
    </message>
</context>
<context>
    <name>LabelsPage</name>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="24" />
        <source>Match the labels</source>
        <translation>Emparejar las etiquetas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="27" />
        <source>These regions and industries are not in the project yet. Choose what each one is; a label matched once is remembered as an alias. Unmatched labels are added.</source>
        <translation>Estas regiones y ramas aún no están en el proyecto. Elija qué es cada una; una etiqueta emparejada una vez se recuerda como alias. Las etiquetas sin emparejar se añaden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="34" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="35" />
        <source>Label in the file</source>
        <translation>Etiqueta en el archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="36" />
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="37" />
        <source>Closest in the project</source>
        <translation>Lo más parecido en el proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="38" />
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="49" />
        <source>Take every first suggestion</source>
        <translation>Tomar todas las primeras sugerencias</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="51" />
        <source>Add all as new</source>
        <translation>Añadir todas como nuevas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="61" />
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="61" />
        <source>industry</source>
        <translation>rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="76" />
        <source>nothing alike</source>
        <translation>nada parecido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="79" />
        <source>Add as a new {kind}</source>
        <translation>Añadir como nueva {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="83" />
        <source>the entry with the same code</source>
        <translation>la entrada con el mismo código</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="92" />
        <source>{n} label(s) not in the project; {f} with suggestions.</source>
        <translation>{n} etiqueta(s) no están en el proyecto; {f} con sugerencias.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="132" />
        <source>Checking against the project</source>
        <translation>Comprobando con el proyecto</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/landscape_view.py" line="57" />
        <source>Also place near-consistent scenarios up to this IC</source>
        <extracomment>Okabe-Ito: consistent in blue, near-consistent in orange, then vermillion as IC grows.</extracomment>
        <translation>Situar también los escenarios casi consistentes hasta este IC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/landscape_view.py" line="63" />
        <source>Perturbed matrices: every judgement moved by -1, 0 or +1 (seeded)</source>
        <translation>Matrices perturbadas: cada juicio movido en -1, 0 o +1 (con semilla)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/landscape_view.py" line="66" />
        <source>Up to IC</source>
        <translation>Hasta IC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/landscape_view.py" line="68" />
        <source>Perturbed matrices</source>
        <translation>Matrices perturbadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/landscape_view.py" line="83" />
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/landscape_view.py" line="84" />
        <source>TIS</source>
        <translation>TIS</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/landscape_view.py" line="85" />
        <source>IC</source>
        <translation>IC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/landscape_view.py" line="86" />
        <source>Robust</source>
        <translation>Robusto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/landscape_view.py" line="87" />
        <source>Volume weight</source>
        <translation>Peso por volumen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/landscape_view.py" line="88" />
        <source>Holds by a tie on</source>
        <translation>Se mantiene por empate en</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/landscape_view.py" line="105" />
        <source>How the chosen variants push (blue) or hold back (orange) each other; thicker: stronger</source>
        <translation>Cómo las variantes elegidas se impulsan (azul) o se frenan (naranja) entre sí; más grueso: más fuerte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/landscape_view.py" line="110" />
        <source>Why it holds</source>
        <translation>Por qué se sostiene</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/landscape_view.py" line="111" />
        <source>Impact network</source>
        <translation>Red de impactos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/landscape_view.py" line="132" />
        <source>No study yet.</source>
        <translation>Aún no hay estudio.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/landscape_view.py" line="141" />
        <source>Placing the scenarios of {0}…</source>
        <translation>Situando los escenarios de {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/landscape_view.py" line="143" />
        <source>Scenario landscape</source>
        <translation>Paisaje de escenarios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/landscape_view.py" line="161" />
        <source>{n} scenarios ({c} consistent) placed by the number of descriptors on which they differ; the plane shows {e:.0%} of those differences. Size: volume weight of {s:,} random starts ({y:,} cycle). Robust: share of {d:,} perturbed matrices in which a consistent scenario stays consistent.</source>
        <translation>{n} escenarios ({c} consistentes) situados según el número de descriptores en que difieren; el plano muestra el {e:.0%} de esas diferencias. Tamaño: peso por volumen de {s:,} inicios aleatorios ({y:,} en ciclo). Robusto: proporción de {d:,} matrices perturbadas en las que un escenario consistente sigue siéndolo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/landscape_view.py" line="215" />
        <source>(not consistent)</source>
        <translation>(no consistente)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/landscape_view.py" line="248" />
        <source>Consistent in {0} of {1:,} perturbed matrices.</source>
        <translation>Consistente en {0} de {1:,} matrices perturbadas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/landscape_view.py" line="255" />
        <source>{d} holds {v} by a tie with {r}: one judgement moved by a step removes this scenario.</source>
        <translation>{d} mantiene {v} por empate con {r}: mover un juicio un paso elimina este escenario.</translation>
    </message>
</context>
<context>
    <name>LifecycleEdits</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/edit_commands.py" line="49" />
        <source>Judge stage: %s</source>
        <translation>Juzgar etapa: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/edit_commands.py" line="70" />
        <location filename="../../desktop_app/ui/lifecycles/edit_commands.py" line="92" />
        <source>Link strength %s</source>
        <translation>Intensidad del vínculo %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/edit_commands.py" line="110" />
        <source>Edit %s</source>
        <translation>Editar %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/edit_commands.py" line="129" />
        <source>Add %s</source>
        <translation>Añadir %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/edit_commands.py" line="160" />
        <source>Delete %s</source>
        <translation>Borrar %s</translation>
    </message>
</context>
<context>
    <name>LifecycleMapView</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/lifecycle_map.py" line="27" />
        <source>Location quotient (last year)</source>
        <translation>Cociente de localización (último año)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/lifecycle_map.py" line="32" />
        <source>Bubble area: size in the last year. Stage: the analyst's judgement where there is one, else the computed stage.</source>
        <translation>Área de la burbuja: tamaño en el último año. Etapa: el juicio del analista donde lo hay; si no, la etapa calculada.</translation>
    </message>
</context>
<context>
    <name>LifecycleState</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/state.py" line="75" />
        <source>The project holds no data yet: import a workbook first.</source>
        <translation>El proyecto aún no tiene datos: importe primero un libro.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/state.py" line="93" />
        <source>Fitting lifecycles of %s</source>
        <translation>Ajustando los ciclos de vida de %s</translation>
    </message>
</context>
<context>
    <name>Lifecycles</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/stages.py" line="7" />
        <source>emergence</source>
        <extracomment>The stages as lupdate must see them; ``stage_label`` translates them when shown.</extracomment>
        <translation>emergencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/stages.py" line="8" />
        <source>growth</source>
        <translation>crecimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/stages.py" line="9" />
        <source>maturity</source>
        <translation>madurez</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/stages.py" line="10" />
        <source>decline</source>
        <translation>declive</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/stages.py" line="11" />
        <source>renewal</source>
        <translation>renovación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/stages.py" line="17" />
        <source>no stage</source>
        <translation>sin etapa</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="212" />
        <location filename="../../desktop_app/ui/main_window.py" line="490" />
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="246" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="247" />
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="248" />
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="250" />
        <source>Open the &amp;demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="251" />
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="259" />
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="267" />
        <source>&amp;Close project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="269" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="271" />
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="272" />
        <location filename="../../desktop_app/ui/main_window.py" line="341" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="273" />
        <location filename="../../desktop_app/ui/main_window.py" line="343" />
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="275" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="277" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="284" />
        <source>&amp;Navigator</source>
        <translation>&amp;Navegador</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="290" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="291" />
        <source>Methods of this &amp;view</source>
        <translation>Métodos de esta &amp;vista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="293" />
        <source>&amp;Methods…</source>
        <translation>&amp;Métodos…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="294" />
        <source>User &amp;guide…</source>
        <translation>&amp;Guía del usuario…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="295" />
        <source>Guided &amp;tour</source>
        <translation>&amp;Visita guiada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="297" />
        <source>&amp;About Anticipa</source>
        <translation>&amp;Acerca de Anticipa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="340" />
        <source>&amp;Undo {what}</source>
        <translation>&amp;Deshacer {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="342" />
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rehacer {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="347" />
        <location filename="../../desktop_app/ui/main_window.py" line="354" />
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="348" />
        <location filename="../../desktop_app/ui/main_window.py" line="360" />
        <location filename="../../desktop_app/ui/main_window.py" line="367" />
        <source>Anticipa projects (*.anticipa)</source>
        <translation>Proyectos de Anticipa (*.anticipa)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="359" />
        <location filename="../../desktop_app/ui/main_window.py" line="398" />
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="365" />
        <source>Save the demo project as</source>
        <translation>Guardar el proyecto de demostración como</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="375" />
        <source>Building the demo project</source>
        <translation>Creando el proyecto de demostración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="379" />
        <source>Demo project</source>
        <translation>Proyecto de demostración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="381" />
        <source>Demo not built: cancelled.</source>
        <translation>Demostración no creada: cancelada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="411" />
        <source>Read-only: {reason} Changes made here cannot be saved.</source>
        <translation>Solo lectura: {reason} Los cambios hechos aquí no se pueden guardar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="450" />
        <source>{name} (decision due {date})</source>
        <translation>{name} (decisión pendiente el {date})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="452" />
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="453" />
        <source>An open experiment is past its decision date:</source>
        <translation>Un experimento abierto tiene la fecha de decisión vencida:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="454" />
        <source>{n} open experiments are past their decision date:</source>
        <translation>{n} experimentos abiertos tienen la fecha de decisión vencida:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="457" />
        <source>{head} {names}{more}. &lt;a href='experiments'&gt;Open the experiments log&lt;/a&gt;</source>
        <translation>{head} {names}{more}. &lt;a href='experiments'&gt;Abrir el registro de experimentos&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="490" />
        <source>Inspector — {title}</source>
        <translation>Inspector — {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="493" />
        <source>&lt;p&gt;&lt;i&gt;Select an item in this section to see its details here.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Seleccione un elemento de esta sección para ver aquí sus detalles.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="532" />
        <source>Open a project first, then drop the workbook.</source>
        <translation>Abra primero un proyecto y luego suelte el libro.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="536" />
        <source>Importing workbooks is not available in this version.</source>
        <translation>La importación de libros no está disponible en esta versión.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="539" />
        <source>This project is open read-only; nothing can be imported into it.</source>
        <translation>Este proyecto está abierto en modo de solo lectura; no se puede importar nada en él.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="436" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/brief_dialog.py" line="123" />
        <source>Export brief</source>
        <translation>Exportar informe breve</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/brief_dialog.py" line="124" />
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="436" />
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="444" />
        <source>Open a project first.</source>
        <translation>Abra primero un proyecto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="444" />
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="35" />
        <source>About Anticipa</source>
        <translation>Acerca de Anticipa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="36" />
        <source>&lt;h3&gt;Anticipa {version}&lt;/h3&gt;&lt;p&gt;Regional industries: data, specialisation, lifecycles, scenarios and policy, offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Anticipa {version}&lt;/h3&gt;&lt;p&gt;Ramas regionales: datos, especialización, ciclos de vida, escenarios y políticas, sin conexión.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MatrixEditor</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="188" />
        <source>Expert</source>
        <translation>Experto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="192" />
        <source>Add expert…</source>
        <translation>Añadir experto…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="193" />
        <source>Questionnaire…</source>
        <translation>Cuestionario…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="194" />
        <source>Import answers…</source>
        <translation>Importar respuestas…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="208" />
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="210" />
        <source>The whole numbers a judgement of this study may take</source>
        <translation>Los números enteros que puede tomar un juicio de este estudio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="231" />
        <source>Comment on this judgement (Enter saves)</source>
        <translation>Comentario sobre este juicio (Intro guarda)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="277" />
        <source>Add an expert to enter judgements.</source>
        <translation>Añada un experto para introducir juicios.</translation>
    </message>
    <message>
        <source>Type -{k}..+{k} in a cell</source>
        <translation type="vanished">Escriba -{k}..+{k} en una celda</translation>
    </message>
    <message>
        <source> (this study's scale: it holds judgements beyond ±3)</source>
        <translation type="vanished"> (la escala de este estudio: contiene juicios más allá de ±3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="318" />
        <source>Row impacts column. {scale}; orange restricts, blue promotes; grey blocks (a descriptor on itself) are closed. Ctrl+C / Ctrl+V copy and paste blocks with Excel; Delete sets 0; Ctrl+Z undoes.</source>
        <translation>La fila impacta en la columna. {scale}; naranja restringe, azul favorece; los bloques grises (un descriptor sobre sí mismo) están cerrados. Ctrl+C / Ctrl+V copian y pegan bloques con Excel; Supr pone 0; Ctrl+Z deshace.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="338" />
        <source>The self-impact block of {names} is not zero (as stored in the imported file). Its values are counted in every impact balance, as ScenarioWizard does; the block stays closed here.</source>
        <translation>El bloque de autoimpacto de {names} no es cero (tal como está en el archivo importado). Sus valores cuentan en cada balance de impactos, como hace ScenarioWizard; el bloque sigue cerrado aquí.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="368" />
        <source>Comment on {cell}</source>
        <translation>Comentario sobre {cell}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="416" />
        <source>The block does not fit: it reaches past the last variant.</source>
        <translation>El bloque no cabe: sobrepasa la última variante.</translation>
    </message>
    <message>
        <source>{value!r} for {cell} is not a whole number from -{k} to +{k}; nothing was pasted.</source>
        <translation type="vanished">{value!r} para {cell} no es un número entero de -{k} a +{k}; no se pegó nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="306" />
        <source>Set the scale to {low}..{high}</source>
        <translation>Fijar la escala en {low}..{high}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="315" />
        <source>Type {low}..{high} in a cell (the study's scale)</source>
        <translation>Escriba {low}..{high} en una celda (la escala del estudio)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="425" />
        <source>{value!r} for {cell} is not a whole number from {low} to {high}; nothing was pasted.</source>
        <translation>{value!r} para {cell} no es un número entero de {low} a {high}; no se ha pegado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="437" />
        <source>Paste {n} judgements</source>
        <translation>Pegar {n} juicios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="441" />
        <source>{n} value(s) on self-impact blocks were left out (the blocks are closed).</source>
        <translation>{n} valor(es) en bloques de autoimpacto se excluyeron (los bloques están cerrados).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="447" />
        <source>Cross impacts</source>
        <translation>Impactos cruzados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="461" />
        <source>Clear {n} judgements</source>
        <translation>Borrar {n} juicios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="468" />
        <source>Add expert {name}</source>
        <translation>Añadir el experto {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="497" />
        <source>Import answers from {file}</source>
        <translation>Importar respuestas de {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="509" />
        <source>Add expert</source>
        <translation>Añadir experto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="509" />
        <source>Expert's name</source>
        <translation>Nombre del experto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="516" />
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="516" />
        <source>For which expert?</source>
        <translation>¿Para qué experto?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="521" />
        <source>Save questionnaire</source>
        <translation>Guardar cuestionario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="523" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="528" />
        <source>Questionnaire with {n} pairs written.</source>
        <translation>Cuestionario con {n} pares escrito.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="533" />
        <source>Import an expert's answers</source>
        <translation>Importar las respuestas de un experto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="533" />
        <source>Excel (*.xlsx *.xls *.ods)</source>
        <translation>Excel (*.xlsx *.xls *.ods)</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/matrix_view.py" line="45" />
        <source>Industries (this region)</source>
        <translation>Ramas (esta región)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/matrix_view.py" line="46" />
        <source>Meso institutions</source>
        <translation>Instituciones meso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/matrix_view.py" line="52" />
        <source>Type 1 (weak) to 5 (strong), or clear a cell to remove the link. Industry links for all regions are shown in italics; editing one makes it specific to this region.</source>
        <translation>Escriba de 1 (débil) a 5 (fuerte), o vacíe una celda para quitar el vínculo. Los vínculos de ramas para todas las regiones se muestran en cursiva; editar uno lo hace propio de esta región.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/matrix_view.py" line="59" />
        <source>Competencies ×</source>
        <translation>Competencias ×</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/matrix_view.py" line="118" />
        <source>since %s; %s</source>
        <translation>desde %s; %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/matrix_view.py" line="137" />
        <source>%s × %s: %r is not a strength from 1 to 5.</source>
        <translation>%s × %s: %r no es una intensidad de 1 a 5.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="306" />
        <source>Merge another office's project</source>
        <translation>Fusionar el proyecto de otra oficina</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="310" />
        <source>The other office's project file (.anticipa)</source>
        <translation>El archivo de proyecto de la otra oficina (.anticipa)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="311" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="313" />
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="320" />
        <source>Choose a project package and press Check: nothing is written until you merge.</source>
        <translation>Elija un paquete de proyecto y pulse Comprobar: no se escribe nada hasta que fusione.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="327" />
        <source>Take theirs</source>
        <translation>Tomar el suyo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="328" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="329" />
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="330" />
        <source>Theirs</source>
        <translation>Suyo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="331" />
        <source>Their source</source>
        <translation>Su fuente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="345" />
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="386" />
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="355" />
        <source>Project package</source>
        <translation>Paquete de proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="355" />
        <source>Anticipa project (*.anticipa)</source>
        <translation>Proyecto de Anticipa (*.anticipa)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="373" />
        <source>{0} is not a file.</source>
        <translation>{0} no es un archivo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="397" />
        <source>{0} would bring: {1}. {2} conflict(s): tick those where {0}'s version should win, then Merge.</source>
        <translation>{0} traería: {1}. {2} conflicto(s): marque aquellos en que deba prevalecer la versión de {0} y luego Fusionar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="401" />
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="408" />
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="406" />
        <source>Merged from {0}: {1}. {2} conflict(s) taken from {0}, the others kept.</source>
        <translation>Fusionado desde {0}: {1}. {2} conflicto(s) tomados de {0}, los demás conservados.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="426" />
        <source>The merge failed: {0}</source>
        <translation>La fusión falló: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="430" />
        <source>Cancelled; the project is unchanged.</source>
        <translation>Cancelado; el proyecto no ha cambiado.</translation>
    </message>
</context>
<context>
    <name>MicmacView</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="61" />
        <source>determinant</source>
        <extracomment>Width kept for the descriptor names in the ranking table, in pixels. Diameter of a descriptor's point on the map, in pixels. Characters kept of a name shortened to fit beside its point.</extracomment>
        <translation>determinante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="62" />
        <source>relay</source>
        <translation>de enlace</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="63" />
        <source>dependent</source>
        <translation>dependiente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="64" />
        <source>autonomous</source>
        <translation>autónoma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="78" />
        <source>Direct</source>
        <translation>Directa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="79" />
        <source>Indirect</source>
        <translation>Indirecta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="80" />
        <source>Potential</source>
        <translation>Potencial</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="81" />
        <source>Potential indirect</source>
        <translation>Potencial indirecta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="85" />
        <source>Entered influences with each P (potential) counted as strong (3)</source>
        <translation>Influencias introducidas, cada P (potencial) contada como fuerte (3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="96" />
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="271" />
        <source>Dependence</source>
        <translation>Dependencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="97" />
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="270" />
        <source>Influence</source>
        <translation>Influencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="333" />
        <source>Enter a whole number from 0 to 3, or P for a potential influence.</source>
        <translation>Introduzca un número entero de 0 a 3, o P para una influencia potencial.</translation>
    </message>
    <message>
        <source>Influence of the row on the column: 0 none, 1 weak, 2 moderate, 3 strong. Once any value is entered, the map uses these instead of the cross impacts.</source>
        <translation type="vanished">Influencia de la fila sobre la columna: 0 ninguna, 1 débil, 2 moderada, 3 fuerte. En cuanto se introduce algún valor, el mapa usa estos en lugar de los impactos cruzados.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="124" />
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Entered influences (0-3)</source>
        <translation type="vanished">Influencias introducidas (0-3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="147" />
        <source>No scenario study with two or more descriptors yet.</source>
        <translation>Aún no hay ningún estudio de escenarios con dos o más descriptores.</translation>
    </message>
    <message>
        <source>entered 0-3 influences</source>
        <translation type="vanished">influencias 0-3 introducidas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="160" />
        <source>mean absolute cross impact between descriptors</source>
        <translation>impacto cruzado absoluto medio entre descriptores</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="169" />
        <source>Influences: {0}. Indirect: matrix power {1}, where the ranking is stable.</source>
        <translation>Influencias: {0}. Indirectas: potencia de la matriz {1}, donde la clasificación es estable.</translation>
    </message>
    <message>
        <source>direct</source>
        <translation type="vanished">directa</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation type="vanished">indirecta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="217" />
        <source>Dependence ({which})</source>
        <translation>Dependencia ({which})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="218" />
        <source>Influence ({which})</source>
        <translation>Influencia ({which})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="267" />
        <source>Descriptor</source>
        <translation>Descriptor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="274" />
        <source>Shift</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="268" />
        <source>Quadrant</source>
        <translation>Cuadrante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="113" />
        <source>Influence of the row on the column: 0 none, 1 weak, 2 moderate, 3 strong, P potential (not at work yet: 0 in the direct readings, 3 in the potential ones). Once any value is entered, the map uses these instead of the cross impacts.</source>
        <translation>Influencia de la fila sobre la columna: 0 ninguna, 1 débil, 2 moderada, 3 fuerte, P potencial (aún no actúa: 0 en las lecturas directas, 3 en las potenciales). En cuanto se introduce algún valor, el mapa usa estos en lugar de los impactos cruzados.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="125" />
        <source>Entered influences (0-3, P)</source>
        <translation>Influencias introducidas (0-3, P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="158" />
        <source>entered influences ({n} marked P)</source>
        <translation>influencias introducidas ({n} marcadas P)</translation>
    </message>
    <message>
        <source>mean absolute cross impact between descriptors (no P marks)</source>
        <translation type="vanished">impacto cruzado absoluto medio entre descriptores (sin marcas P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="164" />
        <source>Influences: {0}. Indirect: matrix power {1}, potential indirect: power {2}, where the ranking is stable.</source>
        <translation>Influencias: {0}. Indirectas: potencia de la matriz {1}; potenciales indirectas: potencia {2}, donde la clasificación es estable.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="269" />
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Enter a whole number from 0 to 3.</source>
        <translation type="vanished">Introduzca un número entero de 0 a 3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="347" />
        <source>Enter influence</source>
        <translation>Introducir influencia</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="95" />
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="97" />
        <source>institutions</source>
        <translation>instituciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="98" />
        <source>competencies</source>
        <translation>competencias</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="99" />
        <source>industries</source>
        <translation>ramas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="150" />
        <source>No links for this region yet: add them in the competency matrix.</source>
        <translation>Aún no hay vínculos para esta región: añádalos en la matriz de competencias.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="227" />
        <source>INSTITUTIONS</source>
        <translation>INSTITUCIONES</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="228" />
        <source>COMPETENCIES</source>
        <translation>COMPETENCIAS</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="229" />
        <source>INDUSTRIES</source>
        <translation>RAMAS</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/network.py" line="44" />
        <source>Filled blue: the region is specialised (RCA &gt;= 1). Lines: proximity, darker = more related. Hover a node.</source>
        <translation>Relleno azul: la región está especializada (VCR &gt;= 1). Líneas: proximidad, más oscura = más relacionada. Pase el ratón sobre un nodo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/network.py" line="96" />
        <source>{region} specialised (RCA &gt;= 1)</source>
        <translation>{region} especializada (VCR &gt;= 1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/network.py" line="99" />
        <source>not specialised</source>
        <translation>no especializada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/network.py" line="106" />
        <source>{value} {unit} in the reference</source>
        <translation>{value} {unit} en la referencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/network.py" line="112" />
        <source>Relatedness of industries {year}; {region}'s specialisations filled</source>
        <translation>Proximidad entre ramas {year}; especializaciones de {region} rellenas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/network.py" line="125" />
        <source>{code} {name}; most related: {near}</source>
        <translation>{code} {name}; más relacionadas: {near}</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <location filename="../../desktop_app/ui/number_format.py" line="64" />
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
</context>
<context>
    <name>ObservationTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="45" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="46" />
        <source>Industry</source>
        <translation>Rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="47" />
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="48" />
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="49" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="50" />
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="51" />
        <source>Flag</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="52" />
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="53" />
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="133" />
        <source>No value: {flag}</source>
        <translation>Sin valor: {flag}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="133" />
        <source>missing</source>
        <translation>falta</translation>
    </message>
</context>
<context>
    <name>OpportunityView</name>
    <message>
        <location filename="../../desktop_app/ui/analysis/opportunities_view.py" line="56" />
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/opportunities_view.py" line="57" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/opportunities_view.py" line="58" />
        <source>Industry</source>
        <translation>Rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/opportunities_view.py" line="59" />
        <source>Density</source>
        <translation>Densidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/opportunities_view.py" line="60" />
        <source>PCI</source>
        <translation>PCI</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/opportunities_view.py" line="61" />
        <source>Reference growth %/yr</source>
        <translation>Crecimiento de referencia %/año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/opportunities_view.py" line="62" />
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/opportunities_view.py" line="113" />
        <source>Relatedness density {year}</source>
        <translation>Densidad de proximidad {year}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/opportunities_view.py" line="115" />
        <source>Industry complexity (PCI)</source>
        <translation>Complejidad de la rama (PCI)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/opportunities_view.py" line="117" />
        <source>{region}: opportunities and specialisations</source>
        <translation>{region}: oportunidades y especializaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/opportunities_view.py" line="124" />
        <source>Opportunity #rank (larger: better)</source>
        <translation>Oportunidad por puesto (más grande: mejor)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/opportunities_view.py" line="130" />
        <source>Specialisation, RCA &gt;= 1 ({n})</source>
        <translation>Especialización, VCR &gt;= 1 ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/opportunities_view.py" line="133" />
        <source>Not ranked: left out</source>
        <translation>Sin puesto: excluida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/opportunities_view.py" line="147" />
        <source>{code} {name}
{rank}density {density}, PCI {pci}</source>
        <translation>{code} {name}
{rank}densidad {density}, PCI {pci}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/opportunities_view.py" line="150" />
        <source>opportunity #{rank}; </source>
        <translation>oportunidad n.º {rank}; </translation>
    </message>
    <message>
        <source>{region}: opportunities (orange, by rank), specialisations (white, {n})</source>
        <translation type="vanished">{region}: oportunidades (naranja, por puesto), especializaciones (blanco, {n})</translation>
    </message>
</context>
<context>
    <name>OptionCardView</name>
    <message>
        <location filename="../../desktop_app/ui/policy/option_card.py" line="16" />
        <source>Industries</source>
        <translation>Ramas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/option_card.py" line="17" />
        <source>Competencies</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/option_card.py" line="18" />
        <source>Meso institutions</source>
        <translation>Instituciones meso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/option_card.py" line="31" />
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/option_card.py" line="53" />
        <source>&lt;p&gt;No policy option yet: add options in the register (Options view) or import an options workbook.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aún no hay opciones de política: añádalas en el registro (vista Opciones) o importe un libro de opciones.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/option_card.py" line="61" />
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/option_card.py" line="62" />
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/option_card.py" line="63" />
        <source>Start year</source>
        <translation>Año de inicio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/option_card.py" line="64" />
        <source>Years to effect</source>
        <translation>Años hasta el efecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/option_card.py" line="66" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/option_card.py" line="74" />
        <source>Targets and their links in the competency network</source>
        <translation>Destinatarios y sus vínculos en la red de competencias</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/option_card.py" line="76" />
        <source>No targets yet.</source>
        <translation>Aún no hay destinatarios.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/option_card.py" line="85" />
        <source>linked to</source>
        <translation>vinculado a</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/option_card.py" line="86" />
        <source>no links in the register</source>
        <translation>sin vínculos en el registro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/option_card.py" line="89" />
        <source>Assumed effects (low / mode / high)</source>
        <translation>Efectos supuestos (mínimo / moda / máximo)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/option_card.py" line="91" />
        <source>No effects entered yet.</source>
        <translation>Aún no se han introducido efectos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/option_card.py" line="100" />
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/option_card.py" line="100" />
        <source>Under</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/option_card.py" line="100" />
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/option_card.py" line="100" />
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
</context>
<context>
    <name>OptionsRegisterView</name>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="45" />
        <source>Option</source>
        <extracomment>Columns of the register grid: (field, header).</extracomment>
        <translation>Opción</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="46" />
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="47" />
        <source>Targets</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="48" />
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="49" />
        <source>Start year</source>
        <translation>Año de inicio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="50" />
        <source>Years to effect</source>
        <translation>Años hasta el efecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="51" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="78" />
        <source>Effects on</source>
        <translation>Efectos sobre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="89" />
        <source>Delete option</source>
        <translation>Borrar opción</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="91" />
        <source>Import options workbook...</source>
        <translation>Importar libro de opciones...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="93" />
        <source>Sheets Options (option, instrument, target, cost ...) and Option effects (option, scenario, descriptor, variant, outcome, low, mode, high)</source>
        <translation>Hojas Options (option, instrument, target, cost ...) y Option effects (option, scenario, descriptor, variant, outcome, low, mode, high)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="96" />
        <source>Export options workbook...</source>
        <translation>Exportar libro de opciones...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="105" />
        <source>Effect of each option under a variant or in a scenario (a scenario's own entry replaces its variants'): one number, or low / mode / high. Paste blocks from Excel.</source>
        <translation>Efecto de cada opción bajo una variante o en un escenario (la entrada propia de un escenario sustituye a las de sus variantes): un número, o mínimo / moda / máximo. Pegue bloques desde Excel.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="122" />
        <source>Policy options</source>
        <translation>Opciones de política</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="155" />
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="198" />
        <source>Edit policy option</source>
        <translation>Editar opción de política</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="203" />
        <source>Edit option effect</source>
        <translation>Editar efecto de la opción</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="208" />
        <source>This project is open read-only.</source>
        <translation>Este proyecto está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="270" />
        <source>Delete {0}</source>
        <translation>Borrar {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="293" />
        <source>Paste {n} cells</source>
        <translation>Pegar {n} celdas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="294" />
        <source>Paste {n} effects</source>
        <translation>Pegar {n} efectos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="299" />
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="317" />
        <source>Options workbook</source>
        <translation>Libro de opciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="300" />
        <source>Workbooks (*.xlsx *.xls *.ods)</source>
        <translation>Libros (*.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="307" />
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="325" />
        <source>Choose a study first.</source>
        <translation>Elija primero un estudio.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="313" />
        <source>Import options workbook</source>
        <translation>Importar libro de opciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="318" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/register_editor.py" line="333" />
        <source>Options written to {0}</source>
        <translation>Opciones escritas en {0}</translation>
    </message>
</context>
<context>
    <name>OptionsRunPage</name>
    <message>
        <location filename="../../desktop_app/ui/policy/options_common.py" line="80" />
        <source>better than No action</source>
        <extracomment>Regret shading, from none (white) to the largest in the matrix (vermilion, Okabe-Ito).</extracomment>
        <translation>mejor que No actuar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/options_common.py" line="81" />
        <source>The level an option must reach in a scenario; empty: better than doing nothing there</source>
        <translation>El nivel que una opción debe alcanzar en un escenario; vacío: mejor que no hacer nada en él</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/options_common.py" line="84" />
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/options_common.py" line="85" />
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/options_common.py" line="100" />
        <source>Policy options</source>
        <translation>Opciones de política</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/options_common.py" line="128" />
        <source>Choose a study with scenarios.</source>
        <translation>Elija un estudio con escenarios.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/options_common.py" line="132" />
        <source>The threshold is not a number.</source>
        <translation>El umbral no es un número.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/options_common.py" line="141" />
        <source>Judging the options ...</source>
        <translation>Evaluando las opciones ...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/options_common.py" line="142" />
        <source>Judging the policy options</source>
        <translation>Evaluando las opciones de política</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/options_common.py" line="148" />
        <source>Stopped; shown again, the view computes anew.</source>
        <translation>Detenido; al mostrarse de nuevo, la vista vuelve a calcular.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/options_common.py" line="152" />
        <source>{outcome} ({better}) in {n} scenarios, from {source}.</source>
        <translation>{outcome} ({better}) en {n} escenarios, a partir de {source}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/options_common.py" line="155" />
        <source>more is better</source>
        <translation>más es mejor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/options_common.py" line="156" />
        <source>less is better</source>
        <translation>menos es mejor</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="30" />
        <source>Stars</source>
        <translation>Estrellas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="31" />
        <source>Mature</source>
        <translation>Maduras</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="32" />
        <source>Emerging</source>
        <translation>Emergentes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="33" />
        <source>Transforming</source>
        <translation>En transformación</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="34" />
        <source>platform</source>
        <extracomment>The kinds of a competency in the portfolio (core.capability_dynamics) as lupdate must see them; the portfolio view translates them when shown.</extracomment>
        <translation>plataforma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="35" />
        <source>at risk</source>
        <translation>en riesgo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="36" />
        <source>other</source>
        <translation>otra</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="246" />
        <source>Industries served</source>
        <translation>Ramas atendidas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="247" />
        <source>Growing industries served</source>
        <translation>Ramas en crecimiento atendidas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="273" />
        <source>Competency</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="274" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="275" />
        <source>Industries</source>
        <translation>Ramas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="276" />
        <source>Growing</source>
        <translation>En crecimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="277" />
        <source>Declining</source>
        <translation>En declive</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="278" />
        <source>Strength</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="279" />
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="317" />
        <source>strength {n}</source>
        <translation>intensidad {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="75" />
        <source>Location quotient (last year)</source>
        <translation>Cociente de localización (último año)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="76" />
        <source>Change of the location quotient</source>
        <translation>Cambio del cociente de localización</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="79" />
        <source>Hover over a bubble for its numbers; click it for the industry's detail.</source>
        <translation>Pase el ratón sobre una burbuja para ver sus cifras; haga clic para ver el detalle de la rama.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="81" />
        <source>Horizontal axis</source>
        <translation>Eje horizontal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="103" />
        <source>Change of LQ {years}</source>
        <translation>Cambio del CL {years}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="105" />
        <source>Location quotient {year}</source>
        <translation>Cociente de localización {year}</translation>
    </message>
    <message>
        <source>Growth per year {years} (%)</source>
        <translation type="vanished">Crecimiento anual {years} (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="107" />
        <source>Growth per year {years}</source>
        <translation>Crecimiento anual {years}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="109" />
        <source>{region}: industries against {reference}</source>
        <translation>{region}: ramas respecto a {reference}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="173" />
        <source>Bubble area: {unit} {year}</source>
        <translation>Área de la burbuja: {unit} {year}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="188" />
        <source>LQ unchanged</source>
        <translation>CL sin cambios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="190" />
        <source>LQ = 1: as specialised as the reference</source>
        <translation>CL = 1: tan especializada como la referencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="195" />
        <source>Reference growth {rate}/yr</source>
        <translation>Crecimiento de referencia {rate}/año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="213" />
        <source>National share</source>
        <translation>Efecto nacional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="214" />
        <source>Industry mix</source>
        <translation>Efecto estructural</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="215" />
        <source>Regional share</source>
        <translation>Efecto regional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="219" />
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="219" />
        <source>Growth per year</source>
        <translation>Crecimiento anual</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="220" />
        <source>Relatedness density</source>
        <translation>Densidad de proximidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="220" />
        <source>Shift-share</source>
        <translation>Shift-share</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="244" />
        <source>{code} {name}: LQ {lq}, growth {growth}/yr, {size} {unit} — {quadrant}</source>
        <translation>{code} {name}: CL {lq}, crecimiento {growth}/año, {size} {unit} — {quadrant}</translation>
    </message>
    <message>
        <source>{code} {name}: LQ {lq}, growth {growth} %/yr, {size} {unit} — {quadrant}</source>
        <translation type="vanished">{code} {name}: CL {lq}, crecimiento {growth} %/año, {size} {unit} — {quadrant}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/preferences.py" line="17" />
        <source>As the system (%s)</source>
        <extracomment>Where the chosen language is kept in the settings ("system", "en" or "es").</extracomment>
        <translation>Como el sistema (%s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preferences.py" line="35" />
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preferences.py" line="41" />
        <source>The new language is used from the next start of Anticipa.</source>
        <translation>El nuevo idioma se usa a partir del próximo inicio de Anticipa.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preferences.py" line="49" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="34" />
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="37" />
        <source>text in any field, e.g. a region, a year or a cell</source>
        <translation>texto en cualquier campo, p. ej. una región, un año o una celda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="48" />
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="63" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="49" />
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="64" />
        <source>Industry</source>
        <translation>Rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="50" />
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="51" />
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="65" />
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="52" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="53" />
        <source>Flag</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="54" />
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="55" />
        <source>Shown as</source>
        <translation>Mostrado como</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="63" />
        <source>Per region</source>
        <translation>Por región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="64" />
        <source>Per industry</source>
        <translation>Por rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="65" />
        <source>Per year</source>
        <translation>Por año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="67" />
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="101" />
        <source>first rows</source>
        <translation>primeras filas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="101" />
        <source>sample</source>
        <translation>muestra</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="111" />
        <source>{n} of {m} rows</source>
        <translation>{n} de {m} filas</translation>
    </message>
</context>
<context>
    <name>PrioritiesView</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="38" />
        <source>Specialisation (LQ)</source>
        <extracomment>Criteria offered at first; their names are translated when shown and then the user's.</extracomment>
        <translation>Especialización (CL)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="39" />
        <source>Growth</source>
        <translation>Crecimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="40" />
        <source>Jobs</source>
        <translation>Empleos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="41" />
        <source>Competencies</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="42" />
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="56" />
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="56" />
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="56" />
        <source>Weight</source>
        <translation>Ponderación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="56" />
        <source>Better when</source>
        <translation>Mejor cuanto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="69" />
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="217" />
        <source>Rank</source>
        <translation>Clasificar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="71" />
        <source>Add criterion</source>
        <translation>Añadir criterio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="72" />
        <source>New criterion</source>
        <translation>Nuevo criterio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="73" />
        <source>Remove criterion</source>
        <translation>Quitar criterio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="79" />
        <source>Stability band ±</source>
        <translation>Banda de estabilidad ±</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="85" />
        <source>Set the weights, then Rank.</source>
        <translation>Fije las ponderaciones y luego Clasificar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="90" />
        <source>Score (sum of the weighted parts)</source>
        <translation>Puntuación (suma de las partes ponderadas)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="131" />
        <source>higher</source>
        <translation>mayor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="132" />
        <source>lower</source>
        <translation>menor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="155" />
        <source>criteria table</source>
        <translation>tabla de criterios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="176" />
        <source>Ranking…</source>
        <translation>Clasificar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="178" />
        <source>Ranking the industries of %s</source>
        <translation>Clasificando las ramas de %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="201" />
        <source>holds</source>
        <translation>se mantiene</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="203" />
        <source>may swap with %s</source>
        <translation>puede intercambiarse con %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="213" />
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="214" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="215" />
        <source>Stability</source>
        <translation>Estabilidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="216" />
        <source>Rank range</source>
        <translation>Rango de puestos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="218" />
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="248" />
        <source>%d of %d ranks hold for every weight within ±%d %%. Missing values (scored worst): %d.</source>
        <translation>%d de %d puestos se mantienen para toda ponderación dentro de ±%d %%. Valores que faltan (puntuados como los peores): %d.</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="27" />
        <source>Anticipa ran into a fault ({kind}: {error}). Please report it, with what you were doing.</source>
        <translation>Anticipa se encontró con un fallo ({kind}: {error}). Por favor, infórmelo junto con lo que estaba haciendo.</translation>
    </message>
</context>
<context>
    <name>QuadrantCard</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="49" />
        <source>Name of this future</source>
        <extracomment>The view's key for background tasks: a new build replaces only this view's running one.</extracomment>
        <translation>Nombre de este futuro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="51" />
        <source>Narrative</source>
        <translation>Narrativa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="53" />
        <source>Store as scenario</source>
        <translation>Guardar como escenario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="75" />
        <source>{0} consistent scenario(s) here; the best has TIS {1:g}.</source>
        <translation>{0} escenario(s) consistente(s) aquí; el mejor tiene TIS {1:g}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="80" />
        <source>No stored scenario here, but the search found this consistent one (TIS {0:g}); solve the study to store all its consistent scenarios.</source>
        <translation>No hay ningún escenario guardado aquí, pero la búsqueda encontró este consistente (TIS {0:g}); resuelva el estudio para guardar todos sus escenarios consistentes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="85" />
        <source>No consistent scenario here; the least inconsistent has IC {0:g} (TIS {1:g}).</source>
        <translation>Ningún escenario consistente aquí; el menos inconsistente tiene IC {0:g} (TIS {1:g}).</translation>
    </message>
</context>
<context>
    <name>RadarView</name>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="313" />
        <source>Social</source>
        <extracomment>The STEEP categories and horizons of store.signals as lupdate must see them.</extracomment>
        <translation>Social</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="314" />
        <source>Technological</source>
        <translation>Tecnológico</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="315" />
        <source>Economic</source>
        <translation>Económico</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="316" />
        <source>Environmental</source>
        <translation>Ambiental</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="317" />
        <source>Political</source>
        <translation>Político</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="318" />
        <source>short</source>
        <translation>corto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="319" />
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="320" />
        <source>long</source>
        <translation>largo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="336" />
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="336" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="336" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="337" />
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="337" />
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="337" />
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="338" />
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="338" />
        <source>Noticed</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="338" />
        <source>Descriptors</source>
        <translation>Descriptores</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="363" />
        <source>{n} trends and weak signals ({w} weak). Sectors: STEEP categories; rings from the centre: short, medium, long term; dot size: impact; opacity: likelihood; hollow: weak signal.</source>
        <translation>{n} tendencias y señales débiles ({w} débiles). Sectores: categorías STEEP; anillos desde el centro: corto, medio y largo plazo; tamaño del punto: impacto; opacidad: probabilidad; hueco: señal débil.</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="21" />
        <source>Industries of the region</source>
        <translation>Ramas de la región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="22" />
        <source>Regions: specialisation and complexity</source>
        <translation>Regiones: especialización y complejidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="23" />
        <source>Industries: concentration over the regions</source>
        <translation>Ramas: concentración entre regiones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="25" />
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="27" />
        <source>Click a column header to rank by it.</source>
        <translation>Haga clic en el encabezado de una columna para ordenar por ella.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="42" />
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="65" />
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="79" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="43" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="44" />
        <source>Diversity</source>
        <translation>Diversidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="46" />
        <source>Complexity outlook</source>
        <translation>Perspectiva de complejidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="65" />
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="80" />
        <source>Industry</source>
        <translation>Rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="65" />
        <source>Ubiquity</source>
        <translation>Ubicuidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="83" />
        <source>LQ change</source>
        <translation>Cambio del CL</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="84" />
        <source>Growth %/yr</source>
        <translation>Crecimiento %/año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="85" />
        <source>Regional share ({unit})</source>
        <translation>Efecto regional ({unit})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="97" />
        <source>Not ranked: {region} is already specialised in {code} (RCA &gt;= 1); only the industries it is not specialised in are opportunities.</source>
        <translation>Sin puesto: {region} ya está especializada en {code} (VCR &gt;= 1); solo las ramas en las que no está especializada son oportunidades.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="130" />
        <source>Related variety needs industries grouped under common parents (such as NACE divisions under their section); no two industries of this measure share a parent in the classification.</source>
        <translation>La variedad relacionada necesita ramas agrupadas bajo padres comunes (como las divisiones NACE bajo su sección); en esta medida no hay dos ramas que compartan padre en la clasificación.</translation>
    </message>
    <message>
        <source>Regional share</source>
        <translation type="vanished">Efecto regional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="86" />
        <source>Density</source>
        <translation>Densidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="88" />
        <source>Opportunity rank</source>
        <translation>Puesto de oportunidad</translation>
    </message>
</context>
<context>
    <name>RegionBar</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/state.py" line="157" />
        <source>Refit</source>
        <translation>Reajustar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/state.py" line="158" />
        <source>Fit the S-curves again</source>
        <translation>Ajustar de nuevo las curvas en S</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/state.py" line="161" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/state.py" line="163" />
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/state.py" line="188" />
        <source>Reference: %s; years %d-%d</source>
        <translation>Referencia: %s; años %d-%d</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/state.py" line="194" />
        <source>Fitting S-curves…</source>
        <translation>Ajustando las curvas en S…</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="70" />
        <source>Add competency…</source>
        <translation>Añadir competencia…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="71" />
        <source>competency</source>
        <translation>competencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="74" />
        <source>Add institution…</source>
        <translation>Añadir institución…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="75" />
        <source>institution</source>
        <translation>institución</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="77" />
        <source>Delete selected</source>
        <translation>Borrar lo seleccionado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="78" />
        <source>Import workbook…</source>
        <translation>Importar libro…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="79" />
        <source>Export workbook…</source>
        <translation>Exportar libro…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="83" />
        <source>Double-click a cell to edit it; every edit can be undone.</source>
        <translation>Haga doble clic en una celda para editarla; cada edición se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="87" />
        <source>Competencies</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="88" />
        <source>Meso institutions</source>
        <translation>Instituciones meso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="108" />
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="179" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="109" />
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="188" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="110" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="111" />
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="112" />
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="113" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="160" />
        <source>No region %r in the project.</source>
        <translation>No hay ninguna región %r en el proyecto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="179" />
        <source>New %s</source>
        <translation>Nueva %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="184" />
        <source>%s already exists.</source>
        <translation>%s ya existe.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="200" />
        <source>Delete from the register</source>
        <translation>Borrar del registro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="217" />
        <source>Import a register workbook</source>
        <translation>Importar un libro de registro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="219" />
        <source>Workbooks (*.xlsx *.xls *.ods)</source>
        <translation>Libros (*.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="235" />
        <source>Importing the register</source>
        <translation>Importando el registro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="244" />
        <source>Imported %s: added %s.</source>
        <translation>Importado %s: añadido %s.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="244" />
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="248" />
        <source>Register import</source>
        <translation>Importación del registro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="253" />
        <source>Export the register</source>
        <translation>Exportar el registro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="253" />
        <source>Workbooks (*.xlsx)</source>
        <translation>Libros (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="266" />
        <source>Exporting the register</source>
        <translation>Exportando el registro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="268" />
        <source>Register written to %s</source>
        <translation>Registro escrito en %s</translation>
    </message>
</context>
<context>
    <name>RegretHeatmapView</name>
    <message>
        <location filename="../../desktop_app/ui/policy/robustness_view.py" line="187" />
        <source>Regret: the best option's {outcome} in the scenario minus this option's</source>
        <translation>Arrepentimiento: {outcome} de la mejor opción en el escenario menos el de esta opción</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Rama</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="60" />
        <source>What goes out to officials and field offices, and what comes back. Every export runs in the background with a progress bar and Cancel; a cancelled or failed export leaves no file behind.</source>
        <translation>Lo que sale hacia funcionarios y oficinas de campo, y lo que vuelve. Cada exportación se ejecuta en segundo plano con barra de progreso y Cancelar; una exportación cancelada o fallida no deja ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="70" />
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="76" />
        <source>Merge a package…</source>
        <translation>Fusionar un paquete…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="79" />
        <source>Between offices</source>
        <translation>Entre oficinas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="81" />
        <source>A field office sends its project file; merging it brings in new observations, competencies and links, lists conflicts for a decision, and records which office each value came from. Packages merged so far:</source>
        <translation>Una oficina de campo envía su archivo de proyecto; al fusionarlo se incorporan observaciones, competencias y vínculos nuevos, se listan los conflictos para decidir y se registra de qué oficina vino cada valor. Paquetes fusionados hasta ahora:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="89" />
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="89" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="89" />
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="89" />
        <source>What came in</source>
        <translation>Qué llegó</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="101" />
        <source>Expert questionnaires</source>
        <translation>Cuestionarios de expertos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="128" />
        <source>None yet</source>
        <translation>Ninguno todavía</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="130" />
        <source>{0} (experts: {1})</source>
        <translation>{0} (expertos: {1})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="135" />
        <source>One workbook per expert with every descriptor-variant pair, a -3…+3 drop-down and a comment column; returned workbooks come back in as that expert's matrix, with a report of blank and off-scale cells. Write and read them in Scenarios ▸ Cross impacts (Questionnaire…, Import answers…). Studies: {0}.</source>
        <translation>Un libro por experto con cada par descriptor-variante, un desplegable de -3…+3 y una columna de comentarios; los libros devueltos entran como la matriz de ese experto, con un informe de celdas en blanco y fuera de escala. Escríbalos y léalos en Escenarios ▸ Impactos cruzados (Cuestionario…, Importar respuestas…). Estudios: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="139" />
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
</context>
<context>
    <name>RobustnessView</name>
    <message>
        <location filename="../../desktop_app/ui/policy/robustness_view.py" line="58" />
        <source>Rankings, best first</source>
        <translation>Clasificaciones, la mejor primero</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/robustness_view.py" line="82" />
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/robustness_view.py" line="82" />
        <source>Worst case</source>
        <translation>Peor caso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/robustness_view.py" line="82" />
        <source>Max regret</source>
        <translation>Arrepentimiento máximo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/robustness_view.py" line="83" />
        <source>Satisfies</source>
        <translation>Cumple</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/robustness_view.py" line="83" />
        <source>No-regret</source>
        <translation>Sin arrepentimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/robustness_view.py" line="92" />
        <source>{label} (weight {w:.0%})</source>
        <translation>{label} (peso {w:.0%})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/robustness_view.py" line="103" />
        <source>{value:,.6g}; regret {regret:,.6g}{meets}</source>
        <translation>{value:,.6g}; arrepentimiento {regret:,.6g}{meets}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/robustness_view.py" line="105" />
        <source>; meets the threshold</source>
        <translation>; alcanza el umbral</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/robustness_view.py" line="112" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/robustness_view.py" line="121" />
        <source>Expected value</source>
        <translation>Valor esperado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/robustness_view.py" line="122" />
        <source>Minimax regret</source>
        <translation>Arrepentimiento minimax</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/robustness_view.py" line="123" />
        <source>Satisficing</source>
        <translation>Satisfacción (umbral)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/robustness_view.py" line="135" />
        <source>Without an effect on {outcome}: {names}.</source>
        <translation>Sin efecto sobre {outcome}: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/robustness_view.py" line="138" />
        <source>Options' rows: change against No action (its row: the projected level); worst case as a level.</source>
        <translation>Filas de las opciones: cambio respecto a No actuar (su fila: el nivel proyectado); peor caso como nivel.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/robustness_view.py" line="140" />
        <source>The three rankings agree.</source>
        <translation>Las tres clasificaciones coinciden.</translation>
    </message>
</context>
<context>
    <name>ScenarioAxesView</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="102" />
        <source>Build the four scenarios</source>
        <translation>Construir los cuatro escenarios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="109" />
        <source>Horizontal axis</source>
        <translation>Eje horizontal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="109" />
        <source>Vertical axis</source>
        <translation>Eje vertical</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="112" />
        <source>poles</source>
        <translation>polos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="143" />
        <source>No scenario study with two or more descriptors yet.</source>
        <translation>Aún no hay ningún estudio de escenarios con dos o más descriptores.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="173" />
        <source>Axes are offered by how much the descriptor varies across the {0} stored consistent scenarios (entropy in bits). Solve the study first if none are stored.</source>
        <translation>Los ejes se ofrecen según cuánto varía el descriptor entre los {0} escenarios consistentes guardados (entropía en bits). Resuelva primero el estudio si no hay ninguno guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="205" />
        <source>Searching the four quadrant scenarios</source>
        <translation>Buscando los escenarios de los cuatro cuadrantes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="223" />
        <source>Search stopped.</source>
        <translation>Búsqueda detenida.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="264" />
        <source>Store quadrant scenario</source>
        <translation>Guardar el escenario del cuadrante</translation>
    </message>
</context>
<context>
    <name>ScenarioSolveView</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="347" />
        <source>0: consistent scenarios only; k: also those with inconsistency up to k</source>
        <translation>0: solo escenarios consistentes; k: también los de inconsistencia hasta k</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="349" />
        <source>Find scenarios</source>
        <translation>Buscar escenarios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="350" />
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="596" />
        <source>Robustness across experts</source>
        <translation>Robustez entre expertos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="352" />
        <source>Inconsistency up to:</source>
        <translation>Inconsistencia hasta:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="386" />
        <source>Scenario name</source>
        <translation>Nombre del escenario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="389" />
        <source>What this future looks like, in a few sentences.</source>
        <translation>Cómo es este futuro, en unas pocas frases.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="391" />
        <source>Save name and narrative</source>
        <translation>Guardar nombre y narrativa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="400" />
        <source>Why it holds</source>
        <translation>Por qué se mantiene</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="401" />
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="402" />
        <source>Name and narrative</source>
        <translation>Nombre y narrativa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="404" />
        <source>Succession</source>
        <translation>Sucesión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="427" />
        <source>No scenario study yet: create or import one.</source>
        <translation>Aún no hay ningún estudio de escenarios: cree o importe uno.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="446" />
        <source>{0} descriptors, {1} combinations, {2} stored scenarios.</source>
        <translation>{0} descriptores, {1} combinaciones, {2} escenarios guardados.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="452" />
        <source>Select a scenario.</source>
        <translation>Seleccione un escenario.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="454" />
        <source>No scenarios stored yet: press “Find scenarios”.</source>
        <translation>Aún no hay escenarios guardados: pulse «Buscar escenarios».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="475" />
        <source>Robustness and volume weight: being computed…</source>
        <translation>Robustez y peso por volumen: en cálculo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="490" />
        <source>Robustness and volume weight: stopped.</source>
        <translation>Robustez y peso por volumen: detenido.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="497" />
        <source>Weighing the scenarios</source>
        <translation>Ponderando los escenarios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="508" />
        <source>Volume weight {0}: the share of {1} random starts whose succession ends here.</source>
        <translation>Peso por volumen {0}: la proporción de {1} inicios aleatorios cuya sucesión termina aquí.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="511" />
        <source>Not consistent: no robustness.</source>
        <translation>No consistente: sin robustez.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="513" />
        <source>Robust {0}: consistent in {1} of {2} perturbed matrices.</source>
        <translation>Robusto {0}: consistente en {1} de {2} matrices perturbadas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="522" />
        <source>One judgement moved by a step removes it (a tie on {0}).</source>
        <translation>Un juicio movido un paso lo elimina (un empate en {0}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="542" />
        <source>Finding scenarios</source>
        <translation>Buscando escenarios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="560" />
        <source>Stopped; the stored scenarios are unchanged.</source>
        <translation>Detenido; los escenarios guardados no han cambiado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="571" />
        <source>Solving each expert's matrix</source>
        <translation>Resolviendo la matriz de cada experto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="591" />
        <source>{0} scenarios hold under at least one expert's matrix, {1} under all {2}.</source>
        <translation>{0} escenarios se mantienen con la matriz de al menos un experto, {1} con las de los {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="613" />
        <source>Name scenario</source>
        <translation>Nombrar escenario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="649" />
        <source>TIS</source>
        <translation>TIS</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="651" />
        <source>Scenario {0}</source>
        <translation>Escenario {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="663" />
        <source>Differs from the first selected scenario</source>
        <translation>Difiere del primer escenario seleccionado</translation>
    </message>
</context>
<context>
    <name>ScenarioTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="118" />
        <source>Name</source>
        <extracomment>The task that weighs the listed scenarios (its own key: a solve does not cancel it, nor it a solve). How sure each listed scenario is, by its variants (None until computed).</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="119" />
        <source>TIS</source>
        <translation>TIS</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="120" />
        <source>IC</source>
        <translation>IC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="121" />
        <source>Experts</source>
        <translation>Expertos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="122" />
        <source>Robust</source>
        <translation>Robusto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="123" />
        <source>Volume weight</source>
        <translation>Peso por volumen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="131" />
        <source>Share of perturbed matrices in which the scenario stays consistent</source>
        <translation>Proporción de matrices perturbadas en las que el escenario sigue siendo consistente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="133" />
        <source>Share of {0} perturbed matrices (every judgement moved by -1, 0 or +1, seed {1}) in which the scenario stays consistent; – for a scenario that is not consistent</source>
        <translation>Proporción de {0} matrices perturbadas (cada juicio movido -1, 0 o +1, semilla {1}) en las que el escenario sigue siendo consistente; – para un escenario no consistente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="138" />
        <source>Share of random starts whose succession ends in the scenario</source>
        <translation>Proporción de inicios aleatorios cuya sucesión termina en el escenario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="140" />
        <source>Share of {0} random starts (seed {1}) whose succession ends in the scenario; {2} of them cycle and end in none</source>
        <translation>Proporción de {0} inicios aleatorios (semilla {1}) cuya sucesión termina en el escenario; {2} de ellos entran en ciclo y no terminan en ninguno</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="161" />
        <source>Variant {0} of {1}</source>
        <translation>Variante {0} de {1}</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="73" />
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="74" />
        <source>Policy lever</source>
        <translation>Palanca de política</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="75" />
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
</context>
<context>
    <name>SectionTabs</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="78" />
        <source>What this view shows and how to read it (F1)</source>
        <translation>Qué muestra esta vista y cómo leerla (F1)</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="54" />
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="55" />
        <source>Observations by region, industry, year and measure.</source>
        <translation>Observaciones por región, rama, año y medida.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="62" />
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="63" />
        <source>Location quotients, shift-share, specialisation and concentration indices, relatedness and economic complexity, opportunities.</source>
        <translation>Cocientes de localización, shift-share, índices de especialización y concentración, proximidad y complejidad económica, oportunidades.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="72" />
        <source>Lifecycles &amp; competencies</source>
        <translation>Ciclos de vida y competencias</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="73" />
        <source>S-curve fits and lifecycle stages per industry, the register of competencies and meso institutions, and multi-criteria priorities.</source>
        <translation>Ajustes de curvas en S y etapas del ciclo de vida por rama, el registro de competencias e instituciones meso, y prioridades multicriterio.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/views.py" line="17" />
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/views.py" line="21" />
        <source>Cross impacts</source>
        <translation>Impactos cruzados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/views.py" line="26" />
        <source>Experts</source>
        <translation>Expertos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/views.py" line="31" />
        <location filename="../../desktop_app/ui/views.py" line="82" />
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/views.py" line="34" />
        <source>MICMAC</source>
        <translation>MICMAC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/views.py" line="37" />
        <source>2x2 axes</source>
        <translation>Ejes 2x2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/views.py" line="42" />
        <source>Landscape</source>
        <translation>Paisaje</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/views.py" line="46" />
        <source>Futures</source>
        <translation>Futuros</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="83" />
        <source>Scenario studies with experts: cross-impact balance, consistent scenarios and why they hold, MICMAC structural analysis.</source>
        <translation>Estudios de escenarios con expertos: balance de impactos cruzados, escenarios consistentes y por qué se mantienen, análisis estructural MICMAC.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="92" />
        <source>Policy &amp; signals</source>
        <translation>Políticas y señales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="93" />
        <source>Policy options tested against scenarios, signposts and early signals, experiments with a hypothesis and a decision date.</source>
        <translation>Opciones de política probadas frente a escenarios, señales de alerta y señales tempranas, experimentos con una hipótesis y una fecha de decisión.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="156" />
        <location filename="../../desktop_app/ui/views.py" line="102" />
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="103" />
        <source>Workbooks and briefs for officials: official layouts, data-collection templates, report workbooks and expert questionnaires.</source>
        <translation>Libros e informes para funcionarios: formatos oficiales, plantillas de recogida de datos, libros de informe y cuestionarios de expertos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/views.py" line="9" />
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/views.py" line="15" />
        <source>Timeline</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/views.py" line="19" />
        <source>Lifecycle map</source>
        <translation>Mapa de ciclos de vida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/views.py" line="23" />
        <source>Register</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/views.py" line="27" />
        <source>Competency matrix</source>
        <translation>Matriz de competencias</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/views.py" line="31" />
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/views.py" line="35" />
        <source>Competency portfolio</source>
        <translation>Cartera de competencias</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/views.py" line="39" />
        <source>Dynamics</source>
        <translation>Dinámica</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/views.py" line="41" />
        <source>Priorities</source>
        <translation>Prioridades</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/views.py" line="14" />
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/views.py" line="16" />
        <source>Shift-share</source>
        <translation>Shift-share</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/views.py" line="18" />
        <source>LQ heatmap</source>
        <translation>Mapa de calor de CL</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/views.py" line="20" />
        <source>Relatedness network</source>
        <translation>Red de proximidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/views.py" line="23" />
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/views.py" line="25" />
        <source>Rankings</source>
        <translation>Clasificaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="508" />
        <source>Signposts</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="510" />
        <source>Radar</source>
        <translation>Radar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="511" />
        <source>Experiments</source>
        <translation>Experimentos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/options_views.py" line="12" />
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/options_views.py" line="16" />
        <source>Robustness</source>
        <translation>Robustez</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/options_views.py" line="20" />
        <source>Regret map</source>
        <translation>Mapa de arrepentimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/options_views.py" line="23" />
        <source>Option card</source>
        <translation>Ficha de la opción</translation>
    </message>
</context>
<context>
    <name>SeriesChart</name>
    <message>
        <location filename="../../desktop_app/ui/data/series_chart.py" line="32" />
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/series_chart.py" line="36" />
        <source>Select rows in the table to chart their series over the years (Ctrl+click or Shift+click for several, up to eight).</source>
        <translation>Seleccione filas de la tabla para ver sus series a lo largo de los años (Ctrl+clic o Mayús+clic para varias, hasta ocho).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/series_chart.py" line="45" />
        <source>Hover over the chart for the value of a point.</source>
        <translation>Pase el ratón sobre el gráfico para ver el valor de un punto.</translation>
    </message>
    <message>
        <source>Select rows in the table to chart their series.</source>
        <translation>Seleccione filas de la tabla para ver sus series.</translation>
    </message>
</context>
<context>
    <name>SetIntensityCommand</name>
    <message>
        <location filename="../../desktop_app/ui/data/edit_commands.py" line="57" />
        <source>Change a measure's kind</source>
        <translation>Cambiar el tipo de una medida</translation>
    </message>
</context>
<context>
    <name>SheetGrid</name>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="56" />
        <source>Title</source>
        <extracomment>Row kinds, in the order the legend shows them. Light tints of the Okabe-Ito colours (colour-blind safe), one per row kind.</extracomment>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="57" />
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="58" />
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="59" />
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="60" />
        <source>Subtotal (skipped)</source>
        <translation>Subtotal (omitido)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="61" />
        <source>Heading</source>
        <translation>Título de bloque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="62" />
        <source>Repeated header (skipped)</source>
        <translation>Encabezado repetido (omitido)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="63" />
        <source>Footnote</source>
        <translation>Nota al pie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="64" />
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="32" />
        <source>Choose the sheet</source>
        <translation>Elegir la hoja</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="35" />
        <source>Each sheet of {name} with its first rows. Pick the one that holds the table.</source>
        <translation>Cada hoja de {name} con sus primeras filas. Elija la que contiene el cuadro.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="49" />
        <source>Saved recipes</source>
        <translation>Recetas guardadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="53" />
        <source>Import with this recipe</source>
        <translation>Importar con esta receta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="75" />
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="76" />
        <source>Reading {name}</source>
        <translation>Leyendo {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="95" />
        <source>{name} (hidden)</source>
        <translation>{name} (oculta)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="103" />
        <source>No table of numbers in the first rows</source>
        <translation>No hay un cuadro de números en las primeras filas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="113" />
        <source>{name} (sheet {sheet})</source>
        <translation>{name} (hoja {sheet})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="115" />
        <source>{name} (no sheet {sheet} here)</source>
        <translation>{name} (aquí no hay hoja {sheet})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="121" />
        <source>No recipe saved in this project yet</source>
        <translation>Aún no hay recetas guardadas en este proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="124" />
        <source>{n} sheet(s).</source>
        <translation>{n} hoja(s).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="191" />
        <source>{sheet}: no table of numbers found on this sheet.</source>
        <translation>{sheet}: no se encontró ningún cuadro de números en esta hoja.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="200" />
        <source>Reading sheet {sheet}…</source>
        <translation>Leyendo la hoja {sheet}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="202" />
        <source>Reading {sheet}</source>
        <translation>Leyendo {sheet}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="232" />
        <source>Reading {name} with the recipe {recipe}…</source>
        <translation>Leyendo {name} con la receta {recipe}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="236" />
        <source>Import with {recipe}</source>
        <translation>Importar con {recipe}</translation>
    </message>
</context>
<context>
    <name>ShiftShareView</name>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="45" />
        <source>Classic (Dunn)</source>
        <extracomment>Esteban-Marquillas: the regional share is the competitive effect, plus an allocation effect.</extracomment>
        <translation>Clásico (Dunn)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="46" />
        <source>Esteban-Marquillas</source>
        <translation>Esteban-Marquillas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="47" />
        <source>Dynamic (year by year)</source>
        <translation>Dinámico (año a año)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="50" />
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="58" />
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="162" />
        <source>Industry</source>
        <translation>Rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="72" />
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="74" />
        <source>National share</source>
        <translation>Efecto nacional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="72" />
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="74" />
        <source>Industry mix</source>
        <translation>Efecto estructural</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="73" />
        <source>Competitive effect</source>
        <translation>Efecto competitivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="73" />
        <source>Allocation effect</source>
        <translation>Efecto de asignación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="74" />
        <source>Regional share</source>
        <translation>Efecto regional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="84" />
        <source>All industries</source>
        <translation>Todas las ramas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="104" />
        <source>{title}, {y0}-{y1}, against {reference}</source>
        <translation>{title}, {y0}-{y1}, respecto a {reference}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="112" />
        <source>{title}: left out (see below)</source>
        <translation>{title}: excluido (vea abajo)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="159" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="162" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="162" />
        <source>Change</source>
        <translation>Variación</translation>
    </message>
</context>
<context>
    <name>SignpostNews</name>
    <message>
        <location filename="../../desktop_app/ui/policy/news.py" line="17" />
        <source>; and {n} more (Policy &amp; signals)</source>
        <translation>; y {n} más (Políticas y señales)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/news.py" line="19" />
        <source> Signposts: {change}{more}.</source>
        <translation> Señales de alerta: {change}{more}.</translation>
    </message>
</context>
<context>
    <name>SignpostsView</name>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="124" />
        <source>Study:</source>
        <extracomment>Okabe-Ito colours: reached, not reached, unknown. Okabe-Ito colours per STEEP category.</extracomment>
        <translation>Estudio:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="130" />
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="178" />
        <source>Signpost</source>
        <translation>Señal de alerta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="130" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="130" />
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="130" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="131" />
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="131" />
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="131" />
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="131" />
        <source>Trigger</source>
        <translation>Disparador</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="133" />
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="133" />
        <source>Reached</source>
        <translation>Alcanzada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="134" />
        <source>Not reached</source>
        <translation>No alcanzada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="134" />
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="136" />
        <source>Data year</source>
        <translation>Año de los datos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="137" />
        <source>Signposts reached − not reached</source>
        <translation>Señales alcanzadas − no alcanzadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="144" />
        <source>Plausibility of the scenarios</source>
        <translation>Plausibilidad de los escenarios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="145" />
        <source>History by data year</source>
        <translation>Historial por año de los datos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="146" />
        <source>Triggered options</source>
        <translation>Opciones activadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="147" />
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="170" />
        <source>Reached when {direction} {threshold}</source>
        <translation>Se alcanza cuando {direction} {threshold}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="172" />
        <source>Now: {status} ({year}, {value})</source>
        <translation>Ahora: {status} ({year}, {value})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="176" />
        <source>Trigger: {action} {option}</source>
        <translation>Disparador: {action} {option}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="201" />
        <source>No signposts yet. A signpost ties an indicator and a threshold to a variant of a scenario study; add them through the exchange workbook (sheet Signposts).</source>
        <translation>Aún no hay señales de alerta. Una señal de alerta vincula un indicador y un umbral a una variante de un estudio de escenarios; añádalas con el libro de intercambio (hoja Signposts).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="216" />
        <source>Reading the signposts</source>
        <translation>Leyendo las señales de alerta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="235" />
        <source>{n} signposts: {r} reached, {nr} not reached, {u} unknown, read from the latest data. A scenario is as plausible as its variants' signposts say.</source>
        <translation>{n} señales de alerta: {r} alcanzadas, {nr} no alcanzadas, {u} desconocidas, según los últimos datos. Un escenario es tan plausible como dicen las señales de sus variantes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="241" />
        <source>{action} “{option}”: {signpost} is reached</source>
        <translation>{action} «{option}»: se alcanzó {signpost}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="245" />
        <source>No signpost with a trigger is reached.</source>
        <translation>No se ha alcanzado ninguna señal con disparador.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/policy/signals_views.py" line="253" />
        <source>No status has changed since the signposts were set.</source>
        <translation>Ningún estado ha cambiado desde que se fijaron las señales.</translation>
    </message>
</context>
<context>
    <name>StudyBox</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_common.py" line="82" />
        <source>(no study yet)</source>
        <extracomment>Fill of the closed self-impact blocks.</extracomment>
        <translation>(aún no hay estudio)</translation>
    </message>
</context>
<context>
    <name>StudyEditor</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="89" />
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="90" />
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="91" />
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="92" />
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="371" />
        <source>Delete study</source>
        <translation>Borrar estudio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="100" />
        <source>Descriptor / variant</source>
        <translation>Descriptor / variante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="101" />
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="156" />
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="102" />
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="157" />
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="103" />
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="159" />
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="112" />
        <source>Add descriptor…</source>
        <translation>Añadir descriptor…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="113" />
        <source>Add variant…</source>
        <translation>Añadir variante…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="114" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="129" />
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="131" />
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="155" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="132" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="142" />
        <source>System: part of what the scenarios explain. Lever: set by policy (hold it with an intervention). Context: external, not influenced by the others.</source>
        <translation>Sistema: parte de lo que explican los escenarios. Palanca: la fija la política (se sostiene con una intervención). Contexto: externo, no influido por los demás.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="151" />
        <source>The descriptor's judgements of the others count this many times (1: as judged)</source>
        <translation>Los juicios del descriptor sobre los demás cuentan este número de veces (1: tal como se juzgaron)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="153" />
        <source>Selected descriptor or variant</source>
        <translation>Descriptor o variante seleccionado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="158" />
        <source>Weight</source>
        <translation>Ponderación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="160" />
        <source>Apply changes</source>
        <translation>Aplicar cambios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="191" />
        <source>No study yet: create one or import a ScenarioWizard file or an Excel matrix.</source>
        <translation>Aún no hay estudio: cree uno o importe un archivo de ScenarioWizard o una matriz de Excel.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="199" />
        <source>{d} descriptors, {v} variants, {c:,} combinations, {e} expert(s).</source>
        <translation>{d} descriptores, {v} variantes, {c:,} combinaciones, {e} experto(s).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="283" />
        <source>Edit study {name}</source>
        <translation>Editar el estudio {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="288" />
        <source>Add descriptor {name}</source>
        <translation>Añadir el descriptor {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="294" />
        <source>Add variant {name}</source>
        <translation>Añadir la variante {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="305" />
        <source>Remove descriptor {name}</source>
        <translation>Quitar el descriptor {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="309" />
        <source>Remove variant {name}</source>
        <translation>Quitar la variante {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="316" />
        <source>New study {name}</source>
        <translation>Nuevo estudio {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="332" />
        <source>Import {file}</source>
        <translation>Importar {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="350" />
        <source>Scenario study</source>
        <translation>Estudio de escenarios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="362" />
        <source>Written {file}.</source>
        <translation>Escrito {file}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="373" />
        <source>Delete the study {name} with all its judgements and scenarios? Undo brings it back.</source>
        <translation>¿Borrar el estudio {name} con todos sus juicios y escenarios? Deshacer lo recupera.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="381" />
        <source>Delete study {name}</source>
        <translation>Borrar el estudio {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="389" />
        <source>New study</source>
        <translation>Nuevo estudio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="389" />
        <source>Name of the study</source>
        <translation>Nombre del estudio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="396" />
        <source>Import a scenario study</source>
        <translation>Importar un estudio de escenarios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="398" />
        <source>ScenarioWizard or Excel (*.scw *.xlsx *.xls *.ods)</source>
        <translation>ScenarioWizard o Excel (*.scw *.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="408" />
        <source>Export the study</source>
        <translation>Exportar el estudio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="410" />
        <source>ScenarioWizard (*.scw);;Excel matrix (*.xlsx)</source>
        <translation>ScenarioWizard (*.scw);;Matriz de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="427" />
        <source>Add variant</source>
        <translation>Añadir variante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="427" />
        <source>Variant name</source>
        <translation>Nombre de la variante</translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_common.py" line="180" />
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_common.py" line="224" />
        <source>Scenario study</source>
        <translation>Estudio de escenarios</translation>
    </message>
</context>
<context>
    <name>SuccessionPanel</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/succession_panel.py" line="39" />
        <source>All inconsistent descriptors move at once</source>
        <translation>Todos los descriptores inconsistentes cambian a la vez</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/succession_panel.py" line="40" />
        <source>Only the most inconsistent descriptor moves</source>
        <translation>Solo cambia el descriptor más inconsistente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/succession_panel.py" line="41" />
        <source>Follow the succession</source>
        <translation>Seguir la sucesión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/succession_panel.py" line="59" />
        <source>Start scenario:</source>
        <translation>Escenario inicial:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/succession_panel.py" line="103" />
        <source>Settles after {0} step(s) in a consistent scenario.</source>
        <translation>Se estabiliza tras {0} paso(s) en un escenario consistente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/succession_panel.py" line="109" />
        <source>Does not settle: it cycles through {0} scenarios.</source>
        <translation>No se estabiliza: recorre un ciclo de {0} escenarios.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/succession_panel.py" line="113" />
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/succession_panel.py" line="113" />
        <source>IC</source>
        <translation>IC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/succession_panel.py" line="113" />
        <source>TIS</source>
        <translation>TIS</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="96" />
        <source>Find the table</source>
        <translation>Encontrar el cuadro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="99" />
        <source>The rows are tinted by what will be read. Select rows and use the buttons (or right-click) to correct the header and the data rows; give each column its role (select several columns to give them one role at once).</source>
        <translation>Las filas se tiñen según lo que se leerá. Seleccione filas y use los botones (o el clic derecho) para corregir el encabezado y las filas de datos; asigne a cada columna su función (seleccione varias columnas para darles una misma función a la vez).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="107" />
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="109" />
        <source>Apply to all sheets like this one</source>
        <translation>Aplicar a todas las hojas como esta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="112" />
        <source>Read every sheet whose header is the same with these choices, as one import (the others are listed and left out); a recipe saved from it serves them all</source>
        <translation>Leer con estas elecciones cada hoja cuyo encabezado sea el mismo, como una sola importación (las demás se listan y se excluyen); una receta guardada desde aquí sirve para todas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="131" />
        <location filename="../../desktop_app/ui/importer/table_page.py" line="485" />
        <source>Header rows</source>
        <translation>Filas de encabezado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="132" />
        <location filename="../../desktop_app/ui/importer/table_page.py" line="486" />
        <source>First data row</source>
        <translation>Primera fila de datos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="133" />
        <location filename="../../desktop_app/ui/importer/table_page.py" line="487" />
        <source>Last data row</source>
        <translation>Última fila de datos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="134" />
        <source>Skip rows</source>
        <translation>Omitir filas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="141" />
        <source>Applies to the rows selected in the grid</source>
        <translation>Se aplica a las filas seleccionadas en la cuadrícula</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="152" />
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="155" />
        <source>Selected columns:</source>
        <translation>Columnas seleccionadas:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="159" />
        <source>Give them this role</source>
        <translation>Darles esta función</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="161" />
        <source>Columns selected in the grid or in the list below</source>
        <translation>Columnas seleccionadas en la cuadrícula o en la lista de abajo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="174" />
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="174" />
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="174" />
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="183" />
        <source>What the headers and block headings hold</source>
        <translation>Qué contienen los encabezados y los títulos de bloque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="194" />
        <source>What the one-cell headings over stacked blocks ('Stadt Göttingen', 'Deutschland') name; recipe field section_role</source>
        <translation>Qué nombran los títulos de una celda sobre bloques apilados ('Stadt Göttingen', 'Deutschland'); campo section_role de la receta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="199" />
        <source>The block headings are</source>
        <translation>Los títulos de bloque son</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="202" />
        <source>Read the region of all values from each sheet (recipe field region_from)</source>
        <translation>Leer la región de todos los valores de cada hoja (campo region_from de la receta)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="205" />
        <source>The region of all values</source>
        <translation>La región de todos los valores</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="208" />
        <source>not set</source>
        <translation>sin fijar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="209" />
        <source>the mean of its periods (stocks, e.g. jobs)</source>
        <translation>la media de sus periodos (existencias, p. ej. empleos)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="210" />
        <source>the sum of its periods (flows)</source>
        <translation>la suma de sus periodos (flujos)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="211" />
        <source>its last period</source>
        <translation>su último periodo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="215" />
        <source>period {rule} only</source>
        <translation>solo el periodo {rule}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="217" />
        <source>How months or quarters form a year (recipe field periods)</source>
        <translation>Cómo forman un año los meses o trimestres (campo periods de la receta)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="220" />
        <source>A year from months or quarters is</source>
        <translation>Un año a partir de meses o trimestres es</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="222" />
        <source>kept, flagged incomplete</source>
        <translation>se conserva, marcado como incompleto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="222" />
        <source>left out</source>
        <translation>excluido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="226" />
        <source>A year with missing periods (recipe field incomplete_years)</source>
        <translation>Un año al que le faltan periodos (campo incomplete_years de la receta)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="229" />
        <source>A year with missing periods is</source>
        <translation>Un año al que le faltan periodos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="252" />
        <source>Year of all</source>
        <translation>Año de todos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="253" />
        <source>Region of all</source>
        <translation>Región de todos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="254" />
        <source>Industry of all</source>
        <translation>Rama de todos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="261" />
        <source>Region of all values (recipe field fixed.region)</source>
        <translation>Región de todos los valores (campo fixed.region de la receta)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="263" />
        <source>Industry of all values (recipe field fixed.industry)</source>
        <translation>Rama de todos los valores (campo fixed.industry de la receta)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="265" />
        <source>Year of all values (recipe field fixed.year)</source>
        <translation>Año de todos los valores (campo fixed.year de la receta)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="233" />
        <source>What the values are</source>
        <translation>Qué son los valores</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="236" />
        <source>e.g. employment</source>
        <translation>p. ej. empleo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="243" />
        <source>from the table</source>
        <translation>del cuadro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="249" />
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="250" />
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="251" />
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="391" />
        <source>Header row {row}</source>
        <translation>Fila de encabezado {row}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="391" />
        <source>Headers</source>
        <translation>Encabezados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="416" />
        <source>Header rows {headers}; data rows {first} to {last}.</source>
        <translation>Filas de encabezado {headers}; filas de datos de {first} a {last}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="419" />
        <source>the end</source>
        <translation>el final</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="425" />
        <source>Still to say: where the {what} is.</source>
        <translation>Falta indicar: dónde está {what}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="430" />
        <source>Still to say: how a year is formed from its periods.</source>
        <translation>Falta indicar: cómo se forma un año a partir de sus periodos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="488" />
        <source>Skip rows / read them again</source>
        <translation>Omitir filas / volver a leerlas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="494" />
        <source>Give column(s) {letters} the role</source>
        <translation>Dar a la(s) columna(s) {letters} la función</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="549" />
        <source>from the table or as typed</source>
        <translation>del cuadro o como se escriba</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="552" />
        <source>from each sheet's name (here: {place})</source>
        <translation>del nombre de cada hoja (aquí: {place})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="557" />
        <source>from each sheet's title (here: {place})</source>
        <translation>del título de cada hoja (aquí: {place})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="668" />
        <source>No value could be read with these choices.</source>
        <translation>No se pudo leer ningún valor con estas elecciones.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="679" />
        <source>Reading the values…</source>
        <translation>Leyendo los valores…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="680" />
        <source>Mapping {name}</source>
        <translation>Asignando {name}</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <location filename="../../desktop_app/ui/tasks.py" line="201" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../desktop_app/core/cib/explanations.py" line="85" />
        <source>{name} is at {chosen}: balance {balance} against {other} for {runner}.</source>
        <translation>{name} está en {chosen}: balance {balance} frente a {other} de {runner}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/explanations.py" line="96" />
        <source>{name} is at {chosen} although {runner} is stronger ({other} against {balance}): inconsistent.</source>
        <translation>{name} está en {chosen} aunque {runner} es más fuerte ({other} frente a {balance}): inconsistente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/explanations.py" line="107" />
        <source>Pushed there by {names}.</source>
        <translation>Lo empujan allí {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/explanations.py" line="110" />
        <source>Pulled towards {runner} by {names}.</source>
        <translation>Lo atraen hacia {runner} {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_stage.py" line="283" />
        <source>{rate} %/yr</source>
        <translation>{rate} %/año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_stage.py" line="288" />
        <source>growth {rate} over {first}–{last}</source>
        <translation>crecimiento de {rate} en {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_stage.py" line="290" />
        <source>growth steady at {rate} ({before} before {since})</source>
        <translation>crecimiento estable en {rate} ({before} antes de {since})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_stage.py" line="317" />
        <source>LQ {level}</source>
        <translation>CL {level}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_stage.py" line="319" />
        <source>LQ {level} and rising ({rate})</source>
        <translation>CL {level} y en aumento ({rate})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_stage.py" line="162" />
        <source>no stage: only {n} years with a positive value; a stage needs at least {min}</source>
        <translation>sin etapa: solo {n} años con un valor positivo; una etapa necesita al menos {min}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_stage.py" line="179" />
        <source>{model} curve puts the level at {share} of its saturation</source>
        <translation>la curva {model} sitúa el nivel en el {share} de su saturación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_stage.py" line="260" />
        <source>it grows again after a decline</source>
        <translation>vuelve a crecer tras un declive</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_stage.py" line="264" />
        <source>it stagnates while the region loses ground to the reference</source>
        <translation>se estanca mientras la región pierde terreno frente a la referencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_stage.py" line="298" />
        <source>decline eased from {before} to {rate} since {since}</source>
        <translation>el declive se moderó de {before} a {rate} desde {since}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_stage.py" line="300" />
        <source>decline deepened from {before} to {rate} since {since}</source>
        <translation>el declive se agravó de {before} a {rate} desde {since}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_stage.py" line="303" />
        <source>growth returned from {before} to {rate} since {since}</source>
        <translation>el crecimiento volvió, de {before} a {rate} desde {since}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_stage.py" line="321" />
        <source>LQ {level} and falling ({rate})</source>
        <translation>CL {level} y en descenso ({rate})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_stage.py" line="323" />
        <source>LQ {level} and stable ({rate})</source>
        <translation>CL {level} y estable ({rate})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_stage.py" line="267" />
        <source>early on its S-curve</source>
        <translation>al comienzo de su curva en S</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_stage.py" line="274" />
        <source>fast growth from a small, rising specialisation</source>
        <translation>crecimiento rápido desde una especialización pequeña y en aumento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_stage.py" line="277" />
        <source>close to its saturation</source>
        <translation>cerca de su saturación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_stage.py" line="305" />
        <source>growth turned to decline from {before} to {rate} since {since}</source>
        <translation>el crecimiento se tornó declive, de {before} a {rate} desde {since}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_stage.py" line="308" />
        <source>growth slowed from {before} to {rate} since {since}</source>
        <translation>el crecimiento se frenó de {before} a {rate} desde {since}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_stage.py" line="310" />
        <source>growth picked up from {before} to {rate} since {since}</source>
        <translation>el crecimiento se aceleró de {before} a {rate} desde {since}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="250" />
        <source>Sum of the regions</source>
        <translation>Suma de las regiones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="253" />
        <source>{name} (sum of its regions)</source>
        <translation>{name} (suma de sus regiones)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_stage.py" line="32" />
        <source>emergence</source>
        <translation>emergencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_stage.py" line="33" />
        <source>growth</source>
        <translation>crecimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_stage.py" line="34" />
        <source>maturity</source>
        <translation>madurez</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_stage.py" line="35" />
        <source>decline</source>
        <translation>declive</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_stage.py" line="36" />
        <source>renewal</source>
        <translation>renovación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/export_report.py" line="172" />
        <source>Exported by Anticipa on {date}.</source>
        <translation>Exportado por Anticipa el {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/export_report.py" line="140" />
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/export_report.py" line="174" />
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/export_report.py" line="174" />
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="664" />
        <source>Location quotients {year} against {reference}</source>
        <translation>Cocientes de localización {year} frente a {reference}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="689" />
        <source>Shift-share {first}-{last} (Dunn) against {reference} ({unit})</source>
        <translation>Análisis shift-share {first}-{last} (Dunn) frente a {reference} ({unit})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="711" />
        <source>Economic complexity {year} (eigenvector method, M = RCA &gt;= 1)</source>
        <translation>Complejidad económica {year} (método del vector propio, M = VCR &gt;= 1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="722" />
        <source>Industry complexity {year}</source>
        <translation>Complejidad de las ramas {year}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="729" />
        <source>Indicators {measure}</source>
        <translation>Indicadores {measure}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="730" />
        <source>{measure}: location quotients, shift-share and complexity, {first}-{last}.</source>
        <translation>{measure}: cocientes de localización, análisis shift-share y complejidad, {first}-{last}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="658" />
        <source>No cell was left out.</source>
        <translation>No se excluyó ninguna celda.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="666" />
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="666" />
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="691" />
        <source>national share</source>
        <translation>efecto nacional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="692" />
        <source>industry mix</source>
        <translation>efecto estructural</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="692" />
        <source>regional share</source>
        <translation>efecto regional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="712" />
        <source>diversity</source>
        <translation>diversidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="712" />
        <source>ECI</source>
        <translation>ECI</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="712" />
        <source>complexity outlook</source>
        <translation>perspectiva de complejidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="723" />
        <source>industry</source>
        <translation>rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="723" />
        <source>ubiquity</source>
        <translation>ubicuidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="723" />
        <source>PCI</source>
        <translation>PCI</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="671" />
        <source>LQ = (e_ri / e_r) / (E_i / E); shaded where &gt;= 1 (specialised). Empty cells were left out:</source>
        <translation>CL = (e_ri / e_r) / (E_i / E); sombreado donde es &gt;= 1 (especializada). Las celdas vacías se excluyeron:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="107" />
        <source>growth per year {first}-{last}</source>
        <translation>crecimiento anual {first}-{last}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="139" />
        <source>{measure} in {region}: {total} {unit} in {year} across {count} industries; {special} of them are more concentrated here than in {reference} (LQ of 1 or more).</source>
        <translation>{measure} en {region}: {total} {unit} en {year} en {count} ramas; {special} de ellas están más concentradas aquí que en {reference} (CL de 1 o más).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="246" />
        <source>Scenarios: {study}</source>
        <translation>Escenarios: {study}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="91" />
        <source>{region}: industries and futures</source>
        <translation>{region}: ramas y futuros</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="109" />
        <source>Largest industries, {measure} {year}</source>
        <translation>Ramas más grandes, {measure} {year}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="126" />
        <source>Most specialised industries {year} (location quotient against {reference})</source>
        <translation>Ramas más especializadas {year} (cociente de localización frente a {reference})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="147" />
        <source>Profile of {region}</source>
        <translation>Perfil de {region}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="165" />
        <source>Shift-share of the change {first}-{last} ({unit})</source>
        <translation>Análisis shift-share del cambio {first}-{last} ({unit})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="180" />
        <source>Where the change {first}-{last} came from</source>
        <translation>De dónde vino el cambio {first}-{last}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="203" />
        <source>Lifecycle stage of each industry</source>
        <translation>Etapa del ciclo de vida de cada rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="72" />
        <source>Lifecycles</source>
        <translation>Ciclos de vida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="222" />
        <source>Industries close to the region's strengths, not yet specialised</source>
        <translation>Ramas cercanas a las fortalezas de la región, aún no especializadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="480" />
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="255" />
        <source>{count} scenario(s) stored for {descriptors} descriptors; each is consistent when every descriptor's variant is the one the others push it to most.</source>
        <translation>{count} escenario(s) guardado(s) para {descriptors} descriptores; cada uno es consistente cuando la variante de cada descriptor es aquella hacia la que más lo empujan los demás.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="303" />
        <source>Median projected total in each scenario, and the baseline</source>
        <translation>Total proyectado mediano en cada escenario, y la línea base</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="313" />
        <source>At the horizon {year}</source>
        <translation>En el horizonte {year}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="324" />
        <source>Projections: {study}</source>
        <translation>Proyecciones: {study}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="110" />
        <source>share</source>
        <translation>participación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="128" />
        <source>LQ</source>
        <translation>CL</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="159" />
        <source>national growth</source>
        <translation>crecimiento nacional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="161" />
        <source>regional share (competitiveness)</source>
        <translation>efecto regional (competitividad)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="162" />
        <source>change</source>
        <translation>cambio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="166" />
        <source>component</source>
        <translation>componente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="204" />
        <source>stage</source>
        <translation>etapa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="204" />
        <source>recent growth per year</source>
        <translation>crecimiento anual reciente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="204" />
        <source>why</source>
        <translation>por qué</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="223" />
        <source>opportunity score</source>
        <translation>puntaje de oportunidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="260" />
        <source>Scenario {number}</source>
        <translation>Escenario {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="276" />
        <source>Why it holds: {why}</source>
        <translation>Por qué se sostiene: {why}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="278" />
        <source>... and {count} more in the project.</source>
        <translation>... y {count} más en el proyecto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="304" />
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="301" />
        <source>baseline</source>
        <translation>línea base</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="314" />
        <source>scenario</source>
        <translation>escenario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="314" />
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>Projected {detail}.</source>
        <translation type="vanished">Proyección: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="132" />
        <source>Location quotient (1 = as in the reference)</source>
        <translation>Cociente de localización (1 = como en la referencia)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="135" />
        <source>LQ = (e_ri / e_r) / (E_i / E): above 1, the industry weighs more here than in the reference.</source>
        <translation>CL = (e_ri / e_r) / (E_i / E): por encima de 1, la rama pesa más aquí que en la referencia.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="171" />
        <source>Change {first}-{last} by component</source>
        <translation>Cambio {first}-{last} por componente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="174" />
        <source>Classic decomposition (Dunn): what national growth alone would have brought, what the region's mix of industries added, and what its industries did better or worse than theirs elsewhere.</source>
        <translation>Descomposición clásica (Dunn): lo que habría aportado solo el crecimiento nacional, lo que añadió la composición de ramas de la región y lo que sus ramas hicieron mejor o peor que las mismas ramas en otros lugares.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="196" />
        <source>no stage</source>
        <translation>sin etapa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="229" />
        <source>Opportunity score</source>
        <translation>Puntaje de oportunidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="231" />
        <source>The score adds three criteria, each standardised over the region's candidates: closeness to what the region already does well (relatedness density), complexity (PCI) and growth in the reference. Above 0: better than the average candidate.</source>
        <translation>El puntaje suma tres criterios, cada uno estandarizado sobre las candidatas de la región: cercanía a lo que la región ya hace bien (densidad de proximidad), complejidad (PCI) y crecimiento en la referencia. Por encima de 0: mejor que la candidata media.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="250" />
        <source>No scenario stored yet: solve the study (Scenarios section) to list them here.</source>
        <translation>Aún no hay escenarios guardados: resuelva el estudio (sección Escenarios) para listarlos aquí.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="266" />
        <source>{title} (TIS {tis}, IC {ic}): {variants}.</source>
        <translation>{title} (TIS {tis}, IC {ic}): {variants}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="270" />
        <source>{title}: {variants}.</source>
        <translation>{title}: {variants}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="310" />
        <source>Median total by scenario</source>
        <translation>Total mediano por escenario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="320" />
        <source>P10 and P90: one projection in ten is below, one above.</source>
        <translation>P10 y P90: una proyección de cada diez queda por debajo, una por encima.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="369" />
        <source>Anticipa report</source>
        <translation>Informe de Anticipa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="429" />
        <source>share {year}</source>
        <translation>participación {year}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="460" />
        <source>Competencies and their links</source>
        <translation>Competencias y sus vínculos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="471" />
        <source>Competencies</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="472" />
        <source>Competencies, their industries and institutions</source>
        <translation>Competencias, sus ramas e instituciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="346" />
        <source>as chosen</source>
        <translation>según lo elegido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="349" />
        <source>Lifecycles of {regions} ({how}).</source>
        <translation>Ciclos de vida de {regions} ({how}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="352" />
        <source>The project holds no competencies yet.</source>
        <translation>El proyecto aún no tiene competencias.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="357" />
        <source>No scenario study chosen.</source>
        <translation>No se eligió ningún estudio de escenarios.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="432" />
        <source>{measure} by industry, all selected regions ({unit})</source>
        <translation>{measure} por rama, todas las regiones seleccionadas ({unit})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/registers.py" line="404" />
        <source>competency</source>
        <translation>competencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="461" />
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="461" />
        <source>industries linked</source>
        <translation>ramas vinculadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="461" />
        <source>institutions linked</source>
        <translation>instituciones vinculadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="462" />
        <source>mean link strength</source>
        <translation>intensidad media del vínculo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="347" />
        <source>the selected regions</source>
        <translation>las regiones seleccionadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="348" />
        <source>no region chosen: the regions worked on, else the first region with data</source>
        <translation>ninguna región elegida: las regiones de trabajo o, si no, la primera región con datos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="359" />
        <source>The project holds no scenario studies yet.</source>
        <translation>El proyecto aún no tiene estudios de escenarios.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="447" />
        <source>{measure} overview</source>
        <translation>Panorama {measure}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="448" />
        <source>{measure}: industries' size, share and growth</source>
        <translation>{measure}: tamaño, participación y crecimiento de las ramas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="468" />
        <source>Industries linked to each competency</source>
        <translation>Ramas vinculadas a cada competencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="361" />
        <source>Scenario studies: {studies} (as chosen).</source>
        <translation>Estudios de escenarios: {studies} (según lo elegido).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="440" />
        <source>Growth per year {first}-{last}</source>
        <translation>Crecimiento anual {first}-{last}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="442" />
        <source>Sum over {count} regions; cells without a number are left out.</source>
        <translation>Suma de {count} regiones; se excluyen las celdas sin número.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="433" />
        <source>as reported</source>
        <translation>según la fuente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/lifecycles.py" line="293" />
        <source>judgement</source>
        <translation>juicio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/lifecycles.py" line="293" />
        <source>computed</source>
        <translation>calculada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_fit.py" line="54" />
        <source>logistic</source>
        <translation>logística</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="1019" />
        <source>LQ {year}</source>
        <translation>CL {year}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/lifecycles.py" line="362" />
        <source>size {year} ({unit})</source>
        <translation>tamaño {year} ({unit})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/lifecycles.py" line="331" />
        <source>Lifecycle stage of each industry, with the S-curve fit and the reason in words; an analyst's judgement, where there is one, is the stage in force</source>
        <translation>Etapa del ciclo de vida de cada rama, con el ajuste de la curva en S y el motivo en palabras; el juicio de un analista, donde lo hay, es la etapa vigente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/lifecycles.py" line="369" />
        <source>set by</source>
        <translation>fijada por</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/lifecycles.py" line="370" />
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/lifecycles.py" line="375" />
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/lifecycles.py" line="391" />
        <source>Location quotient {year} by industry</source>
        <translation>Cociente de localización {year} por rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/lifecycles.py" line="392" />
        <source>Reference: {reference}.</source>
        <translation>Referencia: {reference}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/lifecycles.py" line="352" />
        <source>no fit</source>
        <translation>sin ajuste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="69" />
        <source>No action</source>
        <translation>No actuar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="77" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="73" />
        <source>expected</source>
        <translation>esperado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/policy/criteria.py" line="25" />
        <source>minimax regret</source>
        <translation>arrepentimiento minimax</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/policy/criteria.py" line="26" />
        <source>satisficing</source>
        <translation>satisfacción (umbral)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="245" />
        <source>starts {start} and takes {years} years to act, after the horizon {horizon}: no effect counted</source>
        <translation>comienza en {start} y tarda {years} años en actuar, después del horizonte {horizon}: no se cuenta ningún efecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="212" />
        <source>projected {measure} of {region} in {year} (mean of {draws} draws) plus each option's effect</source>
        <translation>{measure} proyectado de {region} en {year} (media de {draws} simulaciones) más el efecto de cada opción</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="217" />
        <source>entered effects (No action = 0)</source>
        <translation>efectos ingresados (No actuar = 0)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="270" />
        <source>does no better than No action</source>
        <translation>no resulta mejor que No actuar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="271" />
        <source>misses the threshold {threshold}</source>
        <translation>no alcanza el umbral {threshold}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="226" />
        <source>{option}: {why}</source>
        <translation>{option}: {why}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="279" />
        <source>{option} {target} in {failing_in_box} of {in_box} scenarios with {descriptor}: {variant} (density {density}; coverage {coverage}, {failing_in_box} of its {failing} failing scenarios).</source>
        <translation>{option} {target} en {failing_in_box} de {in_box} escenarios con {descriptor}: {variant} (densidad {density}; cobertura {coverage}, {failing_in_box} de sus {failing} escenarios fallidos).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="704" />
        <source>option</source>
        <translation>opción</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="704" />
        <source>worst case</source>
        <translation>peor caso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="705" />
        <source>max regret</source>
        <translation>arrepentimiento máximo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="705" />
        <source>no-regret</source>
        <translation>sin arrepentimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="712" />
        <source>better than No action</source>
        <translation>mejor que No actuar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="713" />
        <source>at least {threshold}</source>
        <translation>al menos {threshold}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="714" />
        <source>{outcome} (more is better) in each scenario</source>
        <translation>{outcome} (más es mejor) en cada escenario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="716" />
        <source>{outcome} (less is better) in each scenario</source>
        <translation>{outcome} (menos es mejor) en cada escenario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="726" />
        <source>Rankings, best first</source>
        <translation>Clasificaciones, la mejor primero</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="726" />
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="732" />
        <source>Options {study} {outcome}</source>
        <translation>Opciones {study} {outcome}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="733" />
        <source>{study}: policy options judged on {outcome} across its scenarios (criteria as in docs/policy.md)</source>
        <translation>{study}: opciones de política evaluadas según {outcome} en sus escenarios (criterios como en docs/policy.md)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="721" />
        <source>{scenario}: {label} (weight {weight})</source>
        <translation>{scenario}: {label} (ponderación {weight})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="724" />
        <source>From {source}; satisficing: {goal}.</source>
        <translation>A partir de {source}; satisfacción (umbral): {goal}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="428" />
        <source>determinant</source>
        <translation>determinante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="429" />
        <source>relay</source>
        <translation>de enlace</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="430" />
        <source>dependent</source>
        <translation>dependiente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="431" />
        <source>autonomous</source>
        <translation>autónoma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="477" />
        <source>inconsistency</source>
        <translation>inconsistencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="491" />
        <source>{study}: scenarios</source>
        <translation>{study}: escenarios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="517" />
        <source>entered 0-3 influences</source>
        <translation>influencias ingresadas de 0 a 3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="517" />
        <source>the cross-impact matrix</source>
        <translation>la matriz de impactos cruzados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="520" />
        <source>{study}: MICMAC</source>
        <translation>{study}: MICMAC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="78" />
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="467" />
        <source>Stored scenarios of each study (highest total impact score first) and the descriptors' influence and dependence (MICMAC)</source>
        <translation>Escenarios guardados de cada estudio (primero el de mayor puntaje de impacto total) e influencia y dependencia de los descriptores (MICMAC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="488" />
        <source>No scenarios stored yet: solve the study in Scenarios ▸ Scenarios.</source>
        <translation>Aún no hay escenarios guardados: resuelva el estudio en Escenarios ▸ Escenarios.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="522" />
        <source>descriptor</source>
        <translation>descriptor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="523" />
        <source>indirect influence</source>
        <translation>influencia indirecta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="524" />
        <source>indirect dependence</source>
        <translation>dependencia indirecta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="525" />
        <source>quadrant</source>
        <translation>cuadrante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="526" />
        <source>direct rank</source>
        <translation>puesto directo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="527" />
        <source>indirect rank</source>
        <translation>puesto indirecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="536" />
        <source>Influence against dependence</source>
        <translation>Influencia frente a dependencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="537" />
        <source>dependence</source>
        <translation>dependencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="538" />
        <source>influence</source>
        <translation>influencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="540" />
        <source>From {origin}; indirect values at matrix power {power}.</source>
        <translation>A partir de {origin}; valores indirectos con la potencia {power} de la matriz.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="496" />
        <source>Total impact score</source>
        <translation>Puntaje de impacto total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="48" />
        <source>growth of {measure} over {span} (%)</source>
        <translation>crecimiento de {measure} en {span} (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="49" />
        <source>share of the region's {measure} (%)</source>
        <translation>participación en {measure} de la región (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="50" />
        <source>location quotient of {measure}</source>
        <translation>cociente de localización de {measure}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="55" />
        <source>above</source>
        <translation>por encima</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="55" />
        <source>below</source>
        <translation>por debajo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/signposts.py" line="209" />
        <source>reached</source>
        <translation>alcanzada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/signposts.py" line="213" />
        <source>not reached</source>
        <translation>no alcanzada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="56" />
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="57" />
        <source>trend</source>
        <translation>tendencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="57" />
        <source>weak signal</source>
        <translation>señal débil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="58" />
        <source>short</source>
        <translation>corto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="58" />
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="58" />
        <source>long</source>
        <translation>largo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="59" />
        <source>social</source>
        <translation>social</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="59" />
        <source>technological</source>
        <translation>tecnológico</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="60" />
        <source>economic</source>
        <translation>económico</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="60" />
        <source>environmental</source>
        <translation>ambiental</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="61" />
        <source>political</source>
        <translation>político</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="62" />
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="62" />
        <source>scaled up</source>
        <translation>ampliado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="62" />
        <source>adjusted</source>
        <translation>ajustado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="63" />
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="64" />
        <source>start</source>
        <translation>iniciar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="64" />
        <source>adjust</source>
        <translation>ajustar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="64" />
        <source>stop</source>
        <translation>detener</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="85" />
        <source>{what}: {industry}, {region}</source>
        <translation>{what}: {industry}, {region}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="79" />
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="79" />
        <source>{count} years</source>
        <translation>{count} años</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="81" />
        <source>all industries</source>
        <translation>todas las ramas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="83" />
        <source>{what}: {industry}, {region} (reference {reference})</source>
        <translation>{what}: {industry}, {region} (referencia {reference})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="78" />
        <source>judgement: {what}</source>
        <translation>juicio: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="473" />
        <source>{action} {option}</source>
        <translation>{action} {option}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="481" />
        <source>Signposts</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="482" />
        <source>Each signpost read from the latest data (reached when the indicator is at or beyond its threshold), and how many signposts of each scenario's variants are reached.</source>
        <translation>Cada señal de alerta leída de los datos más recientes (alcanzada cuando el indicador está en su umbral o más allá), y cuántas señales de alerta de las variantes de cada escenario se alcanzan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="509" />
        <source>Radar</source>
        <translation>Radar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="509" />
        <source>Trends and weak signals by STEEP category and horizon (impact and likelihood 1-5).</source>
        <translation>Tendencias y señales débiles por categoría STEEP y horizonte (impacto y probabilidad 1-5).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="523" />
        <source>Experiments</source>
        <translation>Experimentos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="523" />
        <source>Policies run as experiments: hypothesis, signal, decision date, status and the lesson (a stopped experiment is a result too).</source>
        <translation>Políticas aplicadas como experimentos: hipótesis, señal, fecha de decisión, estado y lección (un experimento detenido también es un resultado).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="494" />
        <source>Plausibility of the scenarios</source>
        <translation>Plausibilidad de los escenarios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="512" />
        <source>Trends and weak signals</source>
        <translation>Tendencias y señales débiles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="488" />
        <source>signpost</source>
        <translation>señal de alerta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="488" />
        <source>study</source>
        <translation>estudio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="488" />
        <source>variant</source>
        <translation>variante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="488" />
        <source>indicator</source>
        <translation>indicador</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="489" />
        <source>direction</source>
        <translation>sentido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="489" />
        <source>threshold</source>
        <translation>umbral</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="489" />
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="490" />
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="490" />
        <source>trigger</source>
        <translation>disparador</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="513" />
        <source>signal</source>
        <translation>señal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="513" />
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="513" />
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="513" />
        <source>horizon</source>
        <translation>horizonte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="513" />
        <source>impact</source>
        <translation>impacto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="514" />
        <source>likelihood</source>
        <translation>probabilidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="514" />
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="514" />
        <source>noticed</source>
        <translation>detectada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="514" />
        <source>descriptors</source>
        <translation>descriptores</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="528" />
        <source>experiment</source>
        <translation>experimento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="528" />
        <source>option or project</source>
        <translation>opción o proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="528" />
        <source>hypothesis</source>
        <translation>hipótesis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="529" />
        <source>decision date</source>
        <translation>fecha de decisión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="529" />
        <source>budget</source>
        <translation>presupuesto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="530" />
        <source>decision due</source>
        <translation>decisión pendiente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="530" />
        <source>lesson</source>
        <translation>lección</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="500" />
        <source>Signposts per scenario</source>
        <translation>Señales de alerta por escenario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="647" />
        <source>Sum of the selected regions</source>
        <translation>Suma de las regiones seleccionadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/policy/criteria.py" line="24" />
        <source>expected value</source>
        <translation>valor esperado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/policy/criteria.py" line="173" />
        <source>{n}th</source>
        <translation>{n}.º</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/policy/criteria.py" line="160" />
        <source>The criteria disagree on the best option: {said}.</source>
        <translation>Los criterios no coinciden en la mejor opción: {said}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/policy/criteria.py" line="174" />
        <source>{n}st</source>
        <translation>{n}.º</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/policy/criteria.py" line="174" />
        <source>{n}nd</source>
        <translation>{n}.º</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/policy/criteria.py" line="174" />
        <source>{n}rd</source>
        <translation>{n}.º</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/policy/criteria.py" line="158" />
        <source>{criterion} puts {option} first</source>
        <translation>{criterion} pone primero a {option}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/policy/criteria.py" line="167" />
        <source>{option} ranks {said}.</source>
        <translation>{option} queda {said}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/policy/criteria.py" line="165" />
        <source>{place} by {criterion}</source>
        <translation>{place} según {criterion}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_fit.py" line="54" />
        <source>Gompertz</source>
        <translation>Gompertz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_fit.py" line="54" />
        <source>Bass</source>
        <translation>Bass</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_fit.py" line="328" />
        <source>{model} has the lowest {criterion} ({value})</source>
        <translation>{model} tiene el {criterion} más bajo ({value})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_fit.py" line="304" />
        <source>no fit: only {count} years with values; an S-curve needs at least {needed}</source>
        <translation>sin ajuste: solo {count} años con valores; una curva en S necesita al menos {needed}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_fit.py" line="309" />
        <source>no fit: the series has zero or negative values</source>
        <translation>sin ajuste: la serie tiene valores nulos o negativos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_fit.py" line="312" />
        <source>no fit: the series is flat (it moves by {spread} % of its mean); there is no curve to fit</source>
        <translation>sin ajuste: la serie es plana (varía un {spread} % de su media); no hay curva que ajustar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_fit.py" line="325" />
        <source>no fit: no S-curve is pinned down by the data ({why})</source>
        <translation>sin ajuste: los datos no determinan ninguna curva en S ({why})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_fit.py" line="332" />
        <source>, {gap} below the next model</source>
        <translation>, {gap} por debajo del modelo siguiente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_fit.py" line="338" />
        <source>; a straight line fits as well ({criterion} {value}), so the bend is not certain</source>
        <translation>; una recta se ajusta igual de bien ({criterion} {value}), así que la curvatura no es segura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_fit.py" line="442" />
        <source>did not converge</source>
        <translation>no convergió</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_fit.py" line="454" />
        <source>{what} runs to the edge of its range (no bend in the data)</source>
        <translation>{what} llega al borde de su rango (no hay curvatura en los datos)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_fit.py" line="457" />
        <source>parameters not identified (undefined covariance)</source>
        <translation>parámetros no identificados (covarianza indefinida)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_fit.py" line="462" />
        <source>{what} is not pinned down (its standard error exceeds it)</source>
        <translation>{what} no queda determinado (su error estándar lo supera)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_fit.py" line="466" />
        <source>explains only {share} % of the variation</source>
        <translation>explica solo el {share} % de la variación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_fit.py" line="323" />
        <source>{model}: {why}</source>
        <translation>{model}: {why}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_fit.py" line="334" />
        <source> (a weak preference)</source>
        <translation> (una preferencia débil)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/plausibility.py" line="147" />
        <source>{hits} of the {labels} region labels are industries ({examples}); they would be stored as regions</source>
        <translation>{hits} de las {labels} etiquetas de región son ramas ({examples}); se guardarían como regiones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/plausibility.py" line="149" />
        <source>give {column} the role "industry" or "industry_name" (recipe "columns") and say where the region is (a region column, "section_role": "region" for block headings, or "fixed": {{"region": ...}})</source>
        <translation>asigne a {column} el rol "industry" o "industry_name" (campo "columns" de la receta) e indique dónde está la región (una columna de región, "section_role": "region" para títulos de bloque, o "fixed": {{"region": ...}})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/plausibility.py" line="163" />
        <source>{hits} of the {labels} industry labels are regions of the project ({examples}); they would be stored as industries</source>
        <translation>{hits} de las {labels} etiquetas de rama son regiones del proyecto ({examples}); se guardarían como ramas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/plausibility.py" line="166" />
        <source>give that column the role "region" (recipe "columns", or "across": ["region"] for headers over the value columns) and say where the industry is</source>
        <translation>asigne a esa columna el rol "region" (campo "columns" de la receta, o "across": ["region"] para encabezados sobre las columnas de valores) e indique dónde está la rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/plausibility.py" line="216" />
        <source>the block headings {headings} are places, but they would be read as part of the measure</source>
        <translation>los títulos de bloque {headings} son lugares, pero se leerían como parte de la medida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/plausibility.py" line="218" />
        <source>say that the block headings are regions: "section_role": "region" (in the wizard: "The block headings are: regions")</source>
        <translation>indique que los títulos de bloque son regiones: "section_role": "region" (en el asistente: "Los títulos de bloque son: regiones")</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/plausibility.py" line="269" />
        <source>read them too (recipe "value_columns", with "across": ["measure"] when each names a measure) or give each the role "ignore" (recipe "columns")</source>
        <translation>léalas también (campo "value_columns" de la receta, con "across": ["measure"] cuando cada una nombra una medida) o asigne a cada una el rol "ignore" (campo "columns" de la receta)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/plausibility.py" line="307" />
        <source>the values would be read as units (recipe "scale"), but "{text}" names {scale}</source>
        <translation>los valores se leerían como unidades (campo "scale" de la receta), pero "{text}" indica {scale}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/plausibility.py" line="309" />
        <source>set "scale": "{scale}" (in the wizard: Scale)</source>
        <translation>fije "scale": "{scale}" (en el asistente: Escala)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/plausibility.py" line="330" />
        <source>column {column}</source>
        <translation>la columna {column}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/plausibility.py" line="265" />
        <source>{read} of the {count} columns of numbers is read; {unread} are left out ({examples})</source>
        <translation>se lee {read} de las {count} columnas de números; {unread} quedan fuera ({examples})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/plausibility.py" line="267" />
        <source>{read} of the {count} columns of numbers are read; {unread} are left out ({examples})</source>
        <translation>se leen {read} de las {count} columnas de números; {unread} quedan fuera ({examples})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/plausibility.py" line="278" />
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/plausibility.py" line="282" />
        <source>sheet name</source>
        <translation>nombre de la hoja</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/plausibility.py" line="235" />
        <source>every value is given the year {year} (recipe "fixed"), but column {column} holds periods ({examples}); the periods' values would be stored as one year</source>
        <translation>a cada valor se le da el año {year} (campo "fixed" de la receta), pero la columna {column} contiene períodos ({examples}); los valores de los períodos se guardarían como un solo año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/plausibility.py" line="239" />
        <source>give column {column} the role "period", say how a year is formed from its periods ("periods": mean, sum, last, Q1..Q4 or M01..M12; --periods) and remove "year" from "fixed"</source>
        <translation>asigne a la columna {column} el rol "period", indique cómo se forma un año a partir de sus períodos ("periods": mean, sum, last, Q1..Q4 o M01..M12; --periods) y quite "year" de "fixed"</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/plausibility.py" line="288" />
        <source>every value would go to the region "TOTAL" (recipe "fixed"), but the {what} "{text}" names the region "{place}"</source>
        <translation>cada valor iría a la región "TOTAL" (campo "fixed" de la receta), pero el {what} "{text}" nombra la región "{place}"</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/plausibility.py" line="291" />
        <source>set the region of all values: "fixed": {{"region": "{place}"}} (in the wizard: "Region of all values")</source>
        <translation>fije la región de todos los valores: "fixed": {{"region": "{place}"}} (en el asistente: "Región de todos los valores")</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/plausibility.py" line="151" />
        <source>that column</source>
        <translation>esa columna</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/cells.py" line="366" />
        <source>"{text}" read as {value}</source>
        <translation>"{text}" leído como {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/cells.py" line="329" />
        <source>boolean {raw} is not a number</source>
        <translation>el booleano {raw} no es un número</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/cells.py" line="334" />
        <source>{raw} is not a finite number</source>
        <translation>{raw} no es un número finito</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/cells.py" line="336" />
        <source>date/time {raw} is not a number</source>
        <translation>la fecha/hora {raw} no es un número</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/cells.py" line="346" />
        <source>marker "{text}": {flag}</source>
        <translation>marcador "{text}": {flag}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/cells.py" line="363" />
        <source>text "{text}" is not a number</source>
        <translation>el texto "{text}" no es un número</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="1152" />
        <source>no region or industry label; skipped</source>
        <translation>sin etiqueta de región ni de rama; omitido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="1240" />
        <source>{region} / {industry} / {measure} / {year} is also given by {others}; ambiguous, not imported</source>
        <translation>{region} / {industry} / {measure} / {year} también figura en {others}; ambiguo, no se importa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="1149" />
        <source>no year for this value; skipped</source>
        <translation>sin año para este valor; omitido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="1153" />
        <source>no region label; skipped</source>
        <translation>sin etiqueta de región; omitido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="1154" />
        <source>no industry label; skipped</source>
        <translation>sin etiqueta de rama; omitido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="325" />
        <source>expected "{expected}", found "{found}"</source>
        <translation>se esperaba "{expected}", se encontró "{found}"</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="681" />
        <source>"{text}" names no year and no year column gives one; row skipped</source>
        <translation>"{text}" no indica ningún año y ninguna columna de año lo da; fila omitida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="719" />
        <source>not a month or quarter among the periods; not imported</source>
        <translation>no es un mes ni un trimestre entre los períodos; no se importa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="1146" />
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="667" />
        <source>"{text}" is not a period; row skipped</source>
        <translation>"{text}" no es un período; fila omitida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="440" />
        <source>"{text}" is not a year; row skipped</source>
        <translation>"{text}" no es un año; fila omitida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="325" />
        <source>Projected {measure} of {region} to {year} ({draws} draws, seed {seed}; baselines, effects and shocks as in docs/futures.md).</source>
        <translation>Proyección de {measure} de {region} hasta {year} ({draws} simulaciones, semilla {seed}; líneas base, efectos y choques como en docs/futures.md).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="1017" />
        <source>observed {year}</source>
        <translation>observado {year}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="1083" />
        <source>projected {measure} of {region} to {year} ({draws} draws, seed {seed}; baselines, effects and shocks as in docs/futures.md)</source>
        <translation>proyección de {measure} de {region} hasta {year} ({draws} simulaciones, semilla {seed}; líneas base, efectos y choques como en docs/futures.md)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="995" />
        <source>{label}: total of {region}</source>
        <translation>{label}: total de {region}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="1026" />
        <source>change of the median</source>
        <translation>cambio de la mediana</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="1030" />
        <source>baseline method</source>
        <translation>método de la línea base</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="1077" />
        <source>Industries in {year}</source>
        <translation>Ramas en {year}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="1003" />
        <source>Total: P10, median, P90 and the baseline</source>
        <translation>Total: P10, mediana, P90 y la línea base</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="1006" />
        <source>Last observed year {year}: {total}.</source>
        <translation>Último año observado {year}: {total}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="972" />
        <source>Futures S{scenario}</source>
        <translation>Futuros S{scenario}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="973" />
        <source>{study}, {label}: {projection}</source>
        <translation>{study}, {label}: {projection}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/analysis_cube.py" line="55" />
        <source>kept</source>
        <translation>conservada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/analysis_cube.py" line="56" />
        <source>value missing or suppressed</source>
        <translation>valor faltante o suprimido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/analysis_cube.py" line="57" />
        <source>region total is zero or missing</source>
        <translation>el total de la región es cero o falta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/analysis_cube.py" line="58" />
        <source>industry total is zero in the reference</source>
        <translation>el total de la rama es cero en la referencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/analysis_cube.py" line="59" />
        <source>base value is zero or missing, so growth is undefined</source>
        <translation>el valor base es cero o falta, así que el crecimiento no está definido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/analysis_cube.py" line="60" />
        <source>region is specialised in no industry (diversity 0)</source>
        <translation>la región no está especializada en ninguna rama (diversidad 0)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/analysis_cube.py" line="61" />
        <source>no region is specialised in the industry (ubiquity 0)</source>
        <translation>ninguna región está especializada en la rama (ubicuidad 0)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/analysis_cube.py" line="63" />
        <source>a value is zero, so the logarithm is undefined</source>
        <translation>un valor es cero, así que el logaritmo no está definido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/analysis_cube.py" line="64" />
        <source>needs the plant-size Herfindahl of the industry</source>
        <translation>necesita el Herfindahl por tamaño de establecimiento de la rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/analysis_cube.py" line="65" />
        <source>region is already specialised in the industry</source>
        <translation>la región ya está especializada en la rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/analysis_cube.py" line="66" />
        <source>fewer than two regions or industries with a specialisation that year, so complexity is undefined</source>
        <translation>menos de dos regiones o ramas con especialización ese año, así que la complejidad no está definida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="67" />
        <source>no observation stored</source>
        <translation>ninguna observación guardada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="68" />
        <source>stored without a number (flagged)</source>
        <translation>guardada sin número (con indicador)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="98" />
        <source>{indicator}: {count} left out, {reason}</source>
        <translation>{indicator}: {count} excluidas, {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="95" />
        <source>{indicator}: {count} left out, {reason} (e.g. {examples})</source>
        <translation>{indicator}: {count} excluidas, {reason} (p. ej. {examples})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="431" />
        <source>only one year of data</source>
        <translation>solo un año de datos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="465" />
        <source>not computed: needs establishment counts (plant sizes), and the project has no establishments measure</source>
        <translation>no calculado: necesita recuentos de establecimientos (tamaños de planta) y el proyecto no tiene una medida de establecimientos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="1019" />
        <source>LQ p10</source>
        <translation>CL p10</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="1019" />
        <source>LQ p50</source>
        <translation>CL p50</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="1019" />
        <source>LQ p90</source>
        <translation>CL p90</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="1028" />
        <source>share p50</source>
        <translation>participación p50</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="1065" />
        <source>Herfindahl {last}: {h}, {horizon} P50 {p50} (P10 {p10}, P90 {p90}).</source>
        <translation>Herfindahl {last}: {h}; {horizon}: P50 {p50} (P10 {p10}, P90 {p90}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="1068" />
        <source>Entropy {last}: {e} bits, {horizon} P50 {p50} (P10 {p10}, P90 {p90}).</source>
        <translation>Entropía {last}: {e} bits; {horizon}: P50 {p50} (P10 {p10}, P90 {p90}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="1095" />
        <source>measure</source>
        <translation>medida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="1095" />
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="1095" />
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="1101" />
        <source>Weighted by the projected {measure} in {year}</source>
        <translation>Ponderado por {measure} proyectado en {year}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="1071" />
        <source>Location quotients against {reference}, projected by its trend without the scenario's effects and shocks.</source>
        <translation>Cocientes de localización frente a {reference}, proyectada por su tendencia sin los efectos ni los choques del escenario.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="1074" />
        <source>Location quotients against {reference} not computed: {why}.</source>
        <translation>Cocientes de localización frente a {reference} no calculados: {why}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="1107" />
        <source>Each measure held per job at its last observed value per industry (a share in % divided by 100), times the projected {measure}, summed over the industries.</source>
        <translation>Cada medida por puesto de trabajo, mantenida en su último valor observado por rama (una proporción en % dividida por 100), por {measure} proyectado, sumada sobre las ramas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/futures/baselines.py" line="119" />
        <source>trend: {rate} % a year (CAGR {first}-{last})</source>
        <translation>tendencia: {rate} % anual (TCAC {first}-{last})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/futures/baselines.py" line="197" />
        <source>lifecycle: {model} curve (R² {r2})</source>
        <translation>ciclo de vida: curva {model} (R² {r2})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/futures/baselines.py" line="247" />
        <source>shift-share: reference industry {rate} % a year, regional shift {shift} pp ({first}-{last})</source>
        <translation>shift-share: rama de referencia {rate} % anual, efecto regional {shift} pp ({first}-{last})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/signposts.py" line="214" />
        <source>{observed}: signpost for {variant} {outcome}</source>
        <translation>{observed}: señal de alerta de {variant} {outcome}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/signposts.py" line="185" />
        <source>{name} has no value any more</source>
        <translation>{name} ya no tiene valor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/signposts.py" line="189" />
        <source>{name} rose {value} % in {year}</source>
        <translation>{name} subió un {value} % en {year}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/signposts.py" line="191" />
        <source>{name} fell {value} % in {year}</source>
        <translation>{name} bajó un {value} % en {year}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/signposts.py" line="194" />
        <source>{name} was {value} % of the region in {year}</source>
        <translation>{name} fue el {value} % de la región en {year}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/signposts.py" line="211" />
        <source>no longer reached</source>
        <translation>ya no alcanzada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/signposts.py" line="211" />
        <source>now unknown</source>
        <translation>ahora desconocida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/signposts.py" line="199" />
        <source>{name} had a location quotient of {value} in {year}</source>
        <translation>{name} tuvo un cociente de localización de {value} en {year}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/signposts.py" line="204" />
        <source>{name} was {value}{unit} in {year}</source>
        <translation>{name} fue {value}{unit} en {year}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/export_official.py" line="143" />
        <source>{n} tables written</source>
        <translation>{n} tablas escritas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/export_official.py" line="132" />
        <source>Table {k}: {measure} {industry}</source>
        <translation>Tabla {k}: {measure} {industry}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/export_report.py" line="155" />
        <source>Report written</source>
        <translation>Informe escrito</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/export_report.py" line="146" />
        <source>Report: {sheet}</source>
        <translation>Informe: {sheet}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/export_tidy.py" line="204" />
        <source>{n} observations exported</source>
        <translation>{n} observaciones exportadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/export_tidy.py" line="223" />
        <source>{n} observations written</source>
        <translation>{n} observaciones escritas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/export_tidy.py" line="198" />
        <source>Saving the workbook</source>
        <translation>Guardando el libro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="366" />
        <source>Reading the observations</source>
        <translation>Leyendo las observaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="418" />
        <source>Location quotients and growth</source>
        <translation>Cocientes de localización y crecimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="434" />
        <source>Shift-share</source>
        <translation>Shift-share</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="438" />
        <source>Specialisation and concentration</source>
        <translation>Especialización y concentración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="473" />
        <source>Relatedness and complexity</source>
        <translation>Relación y complejidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="487" />
        <source>Analysis ready</source>
        <translation>Análisis listo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/brief.py" line="61" />
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/capabilities.py" line="126" />
        <source>Reading the register</source>
        <translation>Leyendo el registro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/capabilities.py" line="129" />
        <source>Writing the workbook</source>
        <translation>Escribiendo el libro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/capabilities.py" line="131" />
        <source>Register written</source>
        <translation>Registro escrito</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/capabilities.py" line="148" />
        <source>Reading the workbook</source>
        <translation>Leyendo el libro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/capabilities.py" line="201" />
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/capabilities.py" line="221" />
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/capabilities.py" line="162" />
        <source>Register imported</source>
        <translation>Registro importado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/capabilities.py" line="162" />
        <source>Register checked</source>
        <translation>Registro comprobado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/demo.py" line="70" />
        <source>Demo project ready</source>
        <translation>Proyecto de demostración listo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/demo.py" line="93" />
        <source>Classifications</source>
        <translation>Clasificaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/demo.py" line="104" />
        <source>{file}: {done} of {n} rows</source>
        <translation>{file}: {done} de {n} filas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/exchange_import.py" line="256" />
        <source>Reading {file}</source>
        <translation>Leyendo {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/exchange_import.py" line="409" />
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/exchange_import.py" line="419" />
        <source>regions and industries</source>
        <translation>regiones y ramas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/exchange_import.py" line="478" />
        <source>{n} values written</source>
        <translation>{n} valores escritos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="206" />
        <source>Exporting {n} observations</source>
        <translation>Exportando {n} observaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="290" />
        <source>Building the template</source>
        <translation>Creando la plantilla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="314" />
        <source>Template written</source>
        <translation>Plantilla escrita</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="335" />
        <source>Collecting the report's tables</source>
        <translation>Reuniendo las tablas del informe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="944" />
        <source>Demo futures ready</source>
        <translation>Futuros de demostración listos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="250" />
        <source>{industry}: baseline</source>
        <translation>{industry}: base</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="305" />
        <source>Simulating the scenarios</source>
        <translation>Simulando los escenarios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing.py" line="585" />
        <source>Reading {sheet}</source>
        <translation>Leyendo {sheet}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing.py" line="601" />
        <source>{n} table(s) on {sheet}</source>
        <translation>{n} tabla(s) en {sheet}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing.py" line="575" />
        <source>{n} sheet(s) read</source>
        <translation>{n} hoja(s) leída(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing.py" line="598" />
        <source>Finding the tables on {sheet}</source>
        <translation>Buscando las tablas en {sheet}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing.py" line="950" />
        <source>written</source>
        <translation>escrito</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing.py" line="358" />
        <source>{n} values read from {name}</source>
        <translation>{n} valores leídos de {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing.py" line="940" />
        <source>Writing</source>
        <translation>Escribiendo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/lifecycles.py" line="170" />
        <source>Lifecycles ready</source>
        <translation>Ciclos de vida listos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/lifecycles.py" line="156" />
        <source>{industry}: fitting</source>
        <translation>{industry}: ajustando</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/lifecycles.py" line="315" />
        <source>Fitting lifecycles for the report</source>
        <translation>Ajustando los ciclos de vida para el informe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/merge.py" line="154" />
        <source>Merge done</source>
        <translation>Fusión hecha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/merge.py" line="154" />
        <source>Dry run done</source>
        <translation>Prueba hecha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/merge.py" line="212" />
        <source>Competencies and institutions</source>
        <translation>Competencias e instituciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/merge.py" line="219" />
        <source>Scenario studies</source>
        <translation>Estudios de escenarios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/merge.py" line="227" />
        <source>Policy options</source>
        <translation>Opciones de política</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/merge.py" line="236" />
        <source>Signposts, radar and experiments</source>
        <translation>Señales de alerta, radar y experimentos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/merge.py" line="320" />
        <source>{done} of {n} observations</source>
        <translation>{done} de {n} observaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="218" />
        <source>Judging the options</source>
        <translation>Evaluando las opciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="234" />
        <source>Options judged</source>
        <translation>Opciones evaluadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="625" />
        <source>Demo policy options ready</source>
        <translation>Opciones de política de demostración listas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/priorities.py" line="254" />
        <source>Priorities ready</source>
        <translation>Prioridades listas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/priorities.py" line="276" />
        <source>Relatedness and opportunities</source>
        <translation>Relación y oportunidades</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenario_files.py" line="99" />
        <source>Study {study} imported</source>
        <translation>Estudio {study} importado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenario_files.py" line="270" />
        <source>Judgements of {expert} imported</source>
        <translation>Juicios de {expert} importados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenario_files.py" line="289" />
        <source>Demo study with two experts</source>
        <translation>Estudio de demostración con dos expertos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenario_files.py" line="303" />
        <source>Demo scenario studies ready</source>
        <translation>Estudios de escenarios de demostración listos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="163" />
        <source>Searching consistent scenarios</source>
        <translation>Buscando escenarios consistentes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="180" />
        <source>{n} scenarios found</source>
        <translation>{n} escenarios encontrados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="333" />
        <source>Following {n} random starts</source>
        <translation>Siguiendo {n} inicios aleatorios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="382" />
        <source>Placing the scenarios</source>
        <translation>Situando los escenarios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="387" />
        <source>Landscape ready</source>
        <translation>Paisaje listo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="461" />
        <source>Scenario tables ready</source>
        <translation>Tablas de escenarios listas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="453" />
        <source>Scenario tables for the report</source>
        <translation>Tablas de escenarios para el informe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="253" />
        <source>Perturbing the judgements ({n} matrices)</source>
        <translation>Perturbando los juicios ({n} matrices)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="65" />
        <source>import</source>
        <translation>importación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="65" />
        <source>undo</source>
        <translation>deshacer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="65" />
        <source>merge</source>
        <translation>fusión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="65" />
        <source>edit</source>
        <translation>edición</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="449" />
        <source>Demo signposts, radar and experiments ready</source>
        <translation>Señales de alerta, radar y experimentos de demostración listos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="537" />
        <source>Signals</source>
        <translation>Señales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/analysis_cube.py" line="118" />
        <source>{name} must have {names} dimensions (regions x industries [x years]); got shape {shape}</source>
        <translation>{name} debe tener {names} dimensiones (regiones x ramas [x años]); tiene la forma {shape}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/analysis_cube.py" line="127" />
        <source>{name} is empty (shape {shape})</source>
        <translation>{name} está vacío (forma {shape})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/analysis_cube.py" line="136" />
        <source>{name} holds a negative or infinite value {array} at index {where}; quantities such as employment cannot be negative</source>
        <translation>{name} contiene un valor negativo o infinito {array} en el índice {where}; magnitudes como el empleo no pueden ser negativas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/capability_terms.py" line="57" />
        <source>{text} is not a date (use a year such as 2019, or 2019-05-31).</source>
        <translation>{text} no es una fecha (use un año como 2019, o 2019-05-31).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/capability_terms.py" line="66" />
        <source>{text} is outside the years 1800-2200.</source>
        <translation>{text} está fuera de los años 1800-2200.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/capability_terms.py" line="85" />
        <source>Strength {value} must be a whole number from 1 to 5.</source>
        <translation>La intensidad {value} debe ser un número entero de 1 a 5.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/capability_terms.py" line="96" />
        <source>Unknown {what} type {value}; types are {names}.</source>
        <translation>Tipo de {what} desconocido {value}; los tipos son {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/capability_terms.py" line="64" />
        <source>{text} is not a valid date.</source>
        <translation>{text} no es una fecha válida.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/capability_terms.py" line="80" />
        <source>Strength {value} is not a number from 1 to 5.</source>
        <translation>La intensidad {value} no es un número de 1 a 5.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/experts.py" line="28" />
        <source>unknown aggregation {method}; use one of {names}</source>
        <translation>agregación desconocida {method}; use una de {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/experts.py" line="39" />
        <source>no expert matrix to combine</source>
        <translation>no hay matriz de experto que combinar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/experts.py" line="42" />
        <source>expert matrices differ in shape: {shapes}</source>
        <translation>las matrices de los expertos difieren en forma: {shapes}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/experts.py" line="45" />
        <source>an expert matrix holds a value that is not a number</source>
        <translation>una matriz de experto contiene un valor que no es un número</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/experts.py" line="102" />
        <source>expert matrices do not match the study's descriptors and variants</source>
        <translation>las matrices de los expertos no coinciden con los descriptores y variantes del estudio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/interventions.py" line="113" />
        <source>an intervention holds at least one descriptor at a variant</source>
        <translation>una intervención fija al menos un descriptor en una variante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/interventions.py" line="174" />
        <source>mark at least one descriptor as context</source>
        <translation>marque al menos un descriptor como contexto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/interventions.py" line="176" />
        <source>every descriptor is context: no internal scenario is left to find</source>
        <translation>todos los descriptores son de contexto: no queda ningún escenario interno que buscar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/interventions.py" line="178" />
        <source>a context descriptor is not in the study</source>
        <translation>un descriptor de contexto no está en el estudio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/interventions.py" line="182" />
        <source>the context descriptors have {total} combinations of variants; at most {max_context_combinations} are solved one by one</source>
        <translation>los descriptores de contexto tienen {total} combinaciones de variantes; se resuelven una a una como máximo {max_context_combinations}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/interventions.py" line="83" />
        <source>{item}: write the intervention as Descriptor=Variant</source>
        <translation>{item}: escriba la intervención como Descriptor=Variante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/interventions.py" line="99" />
        <source>descriptor {name} is given twice</source>
        <translation>el descriptor {name} se da dos veces</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/landscape.py" line="60" />
        <source>a landscape needs at least one scenario</source>
        <translation>un paisaje necesita al menos un escenario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/landscape.py" line="85" />
        <source>volume weights need at least one random start</source>
        <translation>las ponderaciones por volumen necesitan al menos un inicio aleatorio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/matrix.py" line="64" />
        <source>a study needs at least one descriptor</source>
        <translation>un estudio necesita al menos un descriptor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/matrix.py" line="66" />
        <source>{n} descriptors but variant lists for {n2}</source>
        <translation>{n} descriptores pero listas de variantes para {n2}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/matrix.py" line="90" />
        <source>the matrix must be {n} x {n} (all variants), got {shape}</source>
        <translation>la matriz debe ser de {n} x {n} (todas las variantes); es {shape}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/matrix.py" line="100" />
        <source>{n} cell(s) are not numbers, first: row {labels}, column {labels2}</source>
        <translation>{n} celda(s) no son números; la primera: fila {labels}, columna {labels2}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/matrix.py" line="161" />
        <source>descriptor weights are {n} numbers above 0, got {weights}</source>
        <translation>las ponderaciones de los descriptores son {n} números mayores que 0; se dieron {weights}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/matrix.py" line="183" />
        <source>a scenario needs one variant for each of the {n} descriptors, got {size}</source>
        <translation>un escenario necesita una variante para cada uno de los {n} descriptores; se dieron {size}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/matrix.py" line="74" />
        <source>a descriptor has no name</source>
        <translation>un descriptor no tiene nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/matrix.py" line="76" />
        <source>descriptor name {name} is used twice</source>
        <translation>el nombre de descriptor {name} se usa dos veces</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/matrix.py" line="79" />
        <source>descriptor {name} needs at least two variants, has {n}</source>
        <translation>el descriptor {name} necesita al menos dos variantes; tiene {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/matrix.py" line="192" />
        <source>descriptor {descriptors} has no variant number {value}</source>
        <translation>el descriptor {descriptors} no tiene la variante número {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/sampling.py" line="50" />
        <source>sampling needs at least one start</source>
        <translation>el muestreo necesita al menos un inicio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/search.py" line="226" />
        <source>the inconsistency limit must be 0 or more</source>
        <translation>el límite de inconsistencia debe ser 0 o más</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/search.py" line="234" />
        <source>cannot fix descriptor {value} to variant {value2}</source>
        <translation>no se puede fijar el descriptor {value} en la variante {value2}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/search.py" line="241" />
        <source>descriptor {descriptors} is held at two variants</source>
        <translation>el descriptor {descriptors} está fijado en dos variantes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/succession.py" line="117" />
        <source>the succession did not settle in {max_steps} steps</source>
        <translation>la sucesión no se estabilizó en {max_steps} pasos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/succession.py" line="96" />
        <source>unknown succession rule {rule}; use one of {rules}</source>
        <translation>regla de sucesión desconocida {rule}; use una de {rules}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/uncertainty.py" line="75" />
        <source>a judgement's spread is a whole number of steps, 0 or more</source>
        <translation>la dispersión de un juicio es un número entero de pasos, 0 o más</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/uncertainty.py" line="84" />
        <source>judgement uncertainty needs at least one perturbed matrix</source>
        <translation>la incertidumbre de los juicios necesita al menos una matriz perturbada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/cib/uncertainty.py" line="168" />
        <source>only a consistent scenario has judgements it hinges on</source>
        <translation>solo un escenario consistente tiene juicios de los que depende</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/concentration.py" line="88" />
        <source>reference has shape {shape}; expected {expected}</source>
        <translation>la referencia tiene la forma {shape}; se esperaba {expected}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/concentration.py" line="221" />
        <source>plant_herfindahl has shape {shape}; expected {shape2}</source>
        <translation>plant_herfindahl tiene la forma {shape}; se esperaba {shape2}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/concentration.py" line="277" />
        <source>groups must give one parent per industry ({shape}); got {shape2}</source>
        <translation>los grupos deben dar un padre por rama ({shape}); se dieron {shape2}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/futures/baselines.py" line="77" />
        <source>A trend needs at least two years with values in its window.</source>
        <translation>Una tendencia necesita al menos dos años con valores en su ventana.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/futures/baselines.py" line="79" />
        <source>A trend needs positive values; the series has zero or negative ones.</source>
        <translation>Una tendencia necesita valores positivos; la serie tiene valores cero o negativos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/futures/baselines.py" line="164" />
        <source>The lifecycle baseline needs an S-curve fit; {reason}.</source>
        <translation>La base de ciclo de vida necesita un ajuste de curva en S; {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/futures/baselines.py" line="192" />
        <source>The {model} fit carries no parameter covariance.</source>
        <translation>El ajuste {model} no tiene covarianza de los parámetros.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/futures/effects.py" line="39" />
        <source>An effect needs low &lt;= most likely &lt;= high; got {low}, {mode}, {high}.</source>
        <translation>Un efecto necesita bajo &lt;= más probable &lt;= alto; se dieron {low}, {mode}, {high}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/futures/shocks.py" line="38" />
        <source>A shock cannot take away {value} % of the level.</source>
        <translation>Un choque no puede quitar el {value} % del nivel.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/futures/shocks.py" line="43" />
        <source>Recovery years cannot be negative.</source>
        <translation>Los años de recuperación no pueden ser negativos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/futures/shocks.py" line="46" />
        <source>Unknown recovery {shape}; use {names}.</source>
        <translation>Recuperación desconocida {shape}; use {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/futures/simulation.py" line="153" />
        <source>There is no industry with a baseline to project.</source>
        <translation>No hay ninguna rama con base que proyectar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/futures/simulation.py" line="159" />
        <source>Baselines end in different years ({names}); a projection starts from one last observed year.</source>
        <translation>Las bases terminan en años distintos ({names}); una proyección parte de un único último año observado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/futures/simulation.py" line="168" />
        <source>The horizon {horizon} is not after the last observed year {value}.</source>
        <translation>El horizonte {horizon} no es posterior al último año observado {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/futures/simulation.py" line="296" />
        <source>Scenario weights must be non-negative, one per scenario, not all 0.</source>
        <translation>Las ponderaciones de los escenarios deben ser no negativas, una por escenario, no todas 0.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/growth.py" line="50" />
        <source>year-on-year growth needs at least two years</source>
        <translation>el crecimiento interanual necesita al menos dos años</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/growth.py" line="60" />
        <source>CAGR needs a positive number of years, got {periods}</source>
        <translation>la TCAC necesita un número positivo de años; se dio {periods}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_fit.py" line="207" />
        <source>The linearised logistic needs 0 &lt; value &lt; ceiling for every year.</source>
        <translation>La logística linealizada necesita 0 &lt; valor &lt; techo en todos los años.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_fit.py" line="235" />
        <source>A growth trend needs at least two years with values.</source>
        <translation>Una tendencia de crecimiento necesita al menos dos años con valores.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_fit.py" line="237" />
        <source>A growth trend needs positive values.</source>
        <translation>Una tendencia de crecimiento necesita valores positivos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_fit.py" line="293" />
        <source>Years and values must be one-dimensional and of the same length.</source>
        <translation>Los años y los valores deben ser unidimensionales y de la misma longitud.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/lifecycle_fit.py" line="295" />
        <source>Years must be strictly increasing.</source>
        <translation>Los años deben ser estrictamente crecientes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/location_quotients.py" line="72" />
        <source>reference has shape {shape}; expected {shape2} (industries [x years]) to match the regions' array</source>
        <translation>la referencia tiene la forma {shape}; se esperaba {shape2} (ramas [x años]) para coincidir con la matriz de las regiones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/micmac.py" line="73" />
        <source>the influence matrix must be {d} x {d}, got {shape}</source>
        <translation>la matriz de influencias debe ser de {d} x {d}; es {shape}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/micmac.py" line="82" />
        <source>influence of {names} on {names2} is {m}; use a whole number 0 to 3</source>
        <translation>la influencia de {names} sobre {names2} es {m}; use un número entero de 0 a 3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/micmac.py" line="184" />
        <source>the influence matrix must be {n} x {n}</source>
        <translation>la matriz de influencias debe ser de {n} x {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/micmac.py" line="186" />
        <source>influence values must be finite and not negative</source>
        <translation>los valores de influencia deben ser finitos y no negativos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/micmac.py" line="247" />
        <source>the P marks are {shape}, the influence matrix {shape2}</source>
        <translation>las marcas P son {shape}, la matriz de influencias {shape2}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/micmac.py" line="212" />
        <source>the rankings did not settle by power {max_power}: the influence links form cycles of one length only, so the rankings alternate between powers</source>
        <translation>las clasificaciones no se estabilizaron en la potencia {max_power}: los vínculos de influencia forman ciclos de una sola longitud, así que las clasificaciones alternan entre potencias</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/micmac.py" line="287" />
        <source>MICMAC reading {mode} is not one of {names}</source>
        <translation>la lectura MICMAC {mode} no es una de {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/opportunities.py" line="71" />
        <source>unknown opportunity criteria {unknown}; use {criteria}</source>
        <translation>criterios de oportunidad desconocidos {unknown}; use {criteria}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/opportunities.py" line="84" />
        <source>{name} has shape {shape}; expected {shape2}</source>
        <translation>{name} tiene la forma {shape}; se esperaba {shape2}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/policy/criteria.py" line="92" />
        <source>The outcome matrix needs at least one scenario.</source>
        <translation>La matriz de resultados necesita al menos un escenario.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/policy/criteria.py" line="94" />
        <source>Every option needs a value in every scenario.</source>
        <translation>Cada opción necesita un valor en cada escenario.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/policy/criteria.py" line="96" />
        <source>Unknown direction {direction}; use higher or lower.</source>
        <translation>Dirección desconocida {direction}; use higher o lower.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/policy/criteria.py" line="101" />
        <source>The matrix has no row for doing nothing.</source>
        <translation>La matriz no tiene fila para no hacer nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/policy/criteria.py" line="142" />
        <source>Scenario weights must be one non-negative number per scenario, not all zero.</source>
        <translation>Las ponderaciones de los escenarios deben ser un número no negativo por escenario, no todos cero.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/priorities.py" line="82" />
        <source>Unknown normalisation {method}; use {names}.</source>
        <translation>Normalización desconocida {method}; use {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/priorities.py" line="143" />
        <source>values have shape {shape}; expected {n} items x {n2} criteria</source>
        <translation>los valores tienen la forma {shape}; se esperaban {n} elementos x {n2} criterios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/priorities.py" line="151" />
        <source>At least one criterion is needed.</source>
        <translation>Se necesita al menos un criterio.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/priorities.py" line="155" />
        <source>Criterion {name} needs a positive weight, got {weight}.</source>
        <translation>El criterio {name} necesita una ponderación positiva; se dio {weight}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/priorities.py" line="161" />
        <source>The stability band must be in [0, 1), got {band}.</source>
        <translation>La banda de estabilidad debe estar en [0, 1); se dio {band}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/scenario_axes.py" line="76" />
        <source>choose two different descriptors as axes</source>
        <translation>elija dos descriptores distintos como ejes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/scenario_axes.py" line="80" />
        <source>the poles of {descriptors} must be two different variants</source>
        <translation>los polos de {descriptors} deben ser dos variantes distintas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/scenario_axes.py" line="129" />
        <source>no completion found</source>
        <translation>no se encontró ninguna compleción</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/shift_share.py" line="80" />
        <source>unknown shift-share method {method}; use one of {methods}</source>
        <translation>método shift-share desconocido {method}; use uno de {methods}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/shift_share.py" line="89" />
        <source>shift-share needs region arrays of equal shape ending in the reference's industries; got {shape}, {shape2} and reference {shape3}, {shape4}</source>
        <translation>el shift-share necesita matrices regionales de igual forma que terminen en las ramas de la referencia; se dieron {shape}, {shape2} y la referencia {shape3}, {shape4}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/shift_share.py" line="164" />
        <source>dynamic shift-share needs at least two years, the same in region and reference; got {shape} and {shape2}</source>
        <translation>el shift-share dinámico necesita al menos dos años, los mismos en la región y en la referencia; se dieron {shape} y {shape2}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/signposts.py" line="115" />
        <source>unknown indicator {kind}; use one of {names}</source>
        <translation>indicador desconocido {kind}; use uno de {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/signposts.py" line="89" />
        <source>an indicator needs one value per year</source>
        <translation>un indicador necesita un valor por año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/signposts.py" line="103" />
        <source>the indicator {kind} needs the region's total</source>
        <translation>el indicador {kind} necesita el total de la región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/signposts.py" line="126" />
        <source>unknown direction {direction}; use above or below</source>
        <translation>dirección desconocida {direction}; use above o below</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/signposts.py" line="94" />
        <source>growth needs a span of at least one year, got {span}</source>
        <translation>el crecimiento necesita un intervalo de al menos un año; se dio {span}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/signposts.py" line="112" />
        <source>a location quotient needs the reference's values</source>
        <translation>un cociente de localización necesita los valores de la referencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/errors.py" line="98" />
        <source>The disk is full{where}{free}; free some space and try again. Nothing was changed.</source>
        <translation>El disco está lleno{where}{free}; libere espacio e inténtelo de nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/errors.py" line="65" />
        <source>{path} is on read-only media; copy it to a writable folder first.</source>
        <translation>{path} está en un soporte de solo lectura; cópielo primero a una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/errors.py" line="70" />
        <source>No permission to write {path}; choose another folder or ask for write access.</source>
        <translation>No hay permiso para escribir {path}; elija otra carpeta o pida permiso de escritura.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/errors.py" line="80" />
        <source>{path} cannot be written here (read-only media, a read-only file or no permission); copy it to a writable folder first.</source>
        <translation>{path} no se puede escribir aquí (soporte de solo lectura, archivo de solo lectura o sin permiso); cópielo primero a una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/cells.py" line="286" />
        <source>"{typed}" is not a number.</source>
        <translation>"{typed}" no es un número.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/cells.py" line="295" />
        <source>"{typed}" could mean {as_thousands} or {as_decimal}: type {as_thousands} or {as_decimal}.</source>
        <translation>"{typed}" podría significar {as_thousands} o {as_decimal}: escriba {as_thousands} o {as_decimal}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/cib_matrix_excel.py" line="189" />
        <source>no sheet named {name}</source>
        <translation>no hay ninguna hoja llamada {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/exchange_options.py" line="149" />
        <source>column(s) {names} missing from the header row</source>
        <translation>falta(n) la(s) columna(s) {names} en la fila de encabezado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/exchange_studies.py" line="448" />
        <source>study {study} is not on the sheet Scenario studies</source>
        <translation>el estudio {study} no está en la hoja Scenario studies</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/export_template.py" line="73" />
        <source>a template needs at least one region, industry, measure and year</source>
        <translation>una plantilla necesita al menos una región, una rama, una medida y un año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/export_template.py" line="79" />
        <source>{combinations} combinations are too many to pre-fill (at most {max_prefilled_rows}); choose fewer, or leave prefill off</source>
        <translation>{combinations} combinaciones son demasiadas para rellenar de antemano (como máximo {max_prefilled_rows}); elija menos o no rellene de antemano</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/export_tidy.py" line="474" />
        <source>{file}, sheet {sheet}, row 1: missing column(s) {names}; the header row must name {names2}.</source>
        <translation>{file}, hoja {sheet}, fila 1: falta(n) la(s) columna(s) {names}; la fila de encabezado debe nombrar {names2}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/export_tidy.py" line="319" />
        <source>{file_name}: no sheet named 'Data' (sheets: {names}).</source>
        <translation>{file_name}: no hay ninguna hoja llamada 'Data' (hojas: {names}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/export_tidy.py" line="399" />
        <source>{code}: {per_job} must be yes or no, not {answer}</source>
        <translation>{code}: {per_job} debe ser yes o no, no {answer}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/futures_effects.py" line="183" />
        <source>the header row lacks {names} (columns: {names2})</source>
        <translation>a la fila de encabezado le falta(n) {names} (columnas: {names2})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/futures_effects.py" line="105" />
        <source>no sheet {effects_sheet} or {shocks_sheet}; the workbook has {names}</source>
        <translation>no hay hoja {effects_sheet} ni {shocks_sheet}; el libro tiene {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/language.py" line="74" />
        <source>no translation for the language {code}; choose one of {names}</source>
        <translation>no hay traducción para el idioma {code}; elija uno de {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/policy_workbook.py" line="132" />
        <source>no sheet {options_sheet} or {effects_sheet}; the workbook has {names}</source>
        <translation>no hay hoja {options_sheet} ni {effects_sheet}; el libro tiene {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/qm_file.py" line="25" />
        <source>{name} is not a Qt translation file</source>
        <translation>{name} no es un archivo de traducción de Qt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/qm_file.py" line="58" />
        <source>{name}: unknown entry {tag} in the translations</source>
        <translation>{name}: entrada desconocida {tag} en las traducciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/questionnaire.py" line="135" />
        <source>a questionnaire needs at least two descriptors</source>
        <translation>un cuestionario necesita al menos dos descriptores</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/questionnaire.py" line="138" />
        <source>descriptor names must be unique</source>
        <translation>los nombres de los descriptores deben ser únicos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/questionnaire.py" line="285" />
        <source>{file}, sheet Judgements, row 1: no 'key' column; the questionnaire was changed too much to be read.</source>
        <translation>{file}, hoja Judgements, fila 1: no hay columna 'key'; el cuestionario se cambió demasiado para leerlo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/questionnaire.py" line="72" />
        <source>descriptor {name} needs at least two variants</source>
        <translation>el descriptor {name} necesita al menos dos variantes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/questionnaire.py" line="261" />
        <source>{file_name}: no sheet named 'Judgements'; this is not an Anticipa questionnaire.</source>
        <translation>{file_name}: no hay ninguna hoja llamada 'Judgements'; no es un cuestionario de Anticipa.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/questionnaire.py" line="274" />
        <source>{file}: no Instructions sheet to read the descriptors from; pass the study's descriptors.</source>
        <translation>{file}: no hay hoja Instructions de la que leer los descriptores; indique los descriptores del estudio.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/questionnaire.py" line="365" />
        <source>blank: the row for variant pair ({value}, {value2}) is missing from the sheet (counted as 0)</source>
        <translation>en blanco: falta en la hoja la fila del par de variantes ({value}, {value2}) (cuenta como 0)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="113" />
        <source>{letters} is not a column (use letters such as 'C')</source>
        <translation>{letters} no es una columna (use letras como 'C')</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="602" />
        <source>{place}: the {axis} are {kind} ('{label}' ...), not years; say how a year is formed from them: --periods mean (stocks such as jobs), sum (flows), last, {value} (recipe field "periods")</source>
        <translation>{place}: los {axis} son {kind} ('{label}' ...), no años; indique cómo se forma un año a partir de ellos: --periods mean (magnitudes de stock, como el empleo), sum (flujos), last, {value} (campo "periods" de la receta)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="614" />
        <source>{place}: the {axis} mix months and quarters</source>
        <translation>{place}: los {axis} mezclan meses y trimestres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="621" />
        <source>{place}: {reason}</source>
        <translation>{place}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="644" />
        <source>{file}, {sheet}!{a1}: the rows are {period_names} ('{column}' ...) that name no year; give the column that holds the years the role 'year' (a title's year is not used)</source>
        <translation>{file}, {sheet}!{a1}: las filas son {period_names} ('{column}' ...) que no nombran ningún año; dé a la columna que contiene los años el papel 'year' (no se usa el año de un título)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="168" />
        <source>not a recipe: the "format" field must be "anticipa-recipe"</source>
        <translation>no es una receta: el campo "format" debe ser "anticipa-recipe"</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="172" />
        <source>recipe version {version} is newer than this program reads ({recipe_version})</source>
        <translation>la versión de receta {version} es más nueva que la que lee este programa ({recipe_version})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="180" />
        <source>unknown recipe field(s): {names}</source>
        <translation>campo(s) de receta desconocido(s): {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="217" />
        <source>scale must be one of {names}, not {scale}</source>
        <translation>scale debe ser uno de {names}, no {scale}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="223" />
        <source>decimal must be null, '.' or ','</source>
        <translation>decimal debe ser null, '.' o ','</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="226" />
        <source>region_from must be null, 'sheet' or 'title', not {region_from}</source>
        <translation>region_from debe ser null, 'sheet' o 'title', no {region_from}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="233" />
        <source>periods must be null or one of mean, sum, last, Q1..Q4, M01..M12, not {periods}</source>
        <translation>periods debe ser null o uno de mean, sum, last, Q1..Q4, M01..M12, no {periods}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="240" />
        <source>incomplete_years must be 'flag' or 'drop'</source>
        <translation>incomplete_years debe ser 'flag' o 'drop'</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="242" />
        <source>code_row {code_row} is not one of the header rows</source>
        <translation>code_row {code_row} no es una de las filas de encabezado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="248" />
        <source>section_role must be null or one of {names}, not {section_role}</source>
        <translation>section_role debe ser null o uno de {names}, no {section_role}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="259" />
        <source>accept: unknown check(s) {names} (one of {names2})</source>
        <translation>accept: comprobación(es) desconocida(s) {names} (una de {names2})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="315" />
        <source>expect: {ref} is not a cell (use references such as 'B4')</source>
        <translation>expect: {ref} no es una celda (use referencias como 'B4')</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="781" />
        <source>{year}: {reason}</source>
        <translation>{year}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="161" />
        <source>not a recipe: invalid JSON at line {lineno} ({msg})</source>
        <translation>no es una receta: JSON no válido en la línea {lineno} ({msg})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="200" />
        <source>column {col}: unknown role {role} (one of {names})</source>
        <translation>columna {col}: papel desconocido {role} (uno de {names})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="210" />
        <source>unknown 'across' role {role} (one of {names})</source>
        <translation>papel 'across' desconocido {role} (uno de {names})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="424" />
        <source>{sheet}!{column_letter}: the column given the role 'period' holds no months or quarters</source>
        <translation>{sheet}!{column_letter}: la columna con el papel 'period' no contiene meses ni trimestres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/recipes.py" line="739" />
        <source>{names}: one period is given by {cells}; ambiguous, year not imported</source>
        <translation>{names}: un periodo lo dan {cells}; ambiguo, año no importado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/registers.py" line="305" />
        <source>{file_name}: no register sheet ({names}); the sheets are {names2}.</source>
        <translation>{file_name}: no hay hoja de registro ({names}); las hojas son {names2}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/registers.py" line="345" />
        <source>the header row lacks the column(s) {names}; the sheet was not read (expected: {names2})</source>
        <translation>a la fila de encabezado le falta(n) la(s) columna(s) {names}; no se leyó la hoja (se esperaba: {names2})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/registers.py" line="334" />
        <source>column {raw} is not a register column; ignored</source>
        <translation>la columna {raw} no es una columna del registro; se ignora</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/registers.py" line="372" />
        <source>repeats row {seen}; the later row wins</source>
        <translation>repite la fila {seen}; prevalece la fila posterior</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/scw.py" line="298" />
        <source>ScenarioWizard stores whole numbers only; round the matrix first</source>
        <translation>ScenarioWizard solo guarda números enteros; redondee antes la matriz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/signals_sheets.py" line="122" />
        <source>missing column(s) {names}</source>
        <translation>falta(n) la(s) columna(s) {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/workbook.py" line="527" />
        <source>the file is named .{ext} but its content is {format_names}; read as .{fmt}</source>
        <translation>el archivo se llama .{ext} pero su contenido es {format_names}; se lee como .{fmt}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/workbook.py" line="751" />
        <source>not UTF-8: read as {encoding_names} text</source>
        <translation>no es UTF-8: se lee como texto {encoding_names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/workbook.py" line="326" />
        <source>{n} formula cell(s) have no saved value ({shown}); open the file in a spreadsheet program, recalculate and save it</source>
        <translation>{n} celda(s) con fórmula no tienen valor guardado ({shown}); abra el archivo en un programa de hojas de cálculo, recalcule y guárdelo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/xlsx_safety.py" line="202" />
        <source>The folder {folder} does not exist; cannot write {name}.</source>
        <translation>La carpeta {folder} no existe; no se puede escribir {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="139" />
        <source>{code} is not among the regions with {code2} data: {names}.</source>
        <translation>{code} no está entre las regiones con datos de {code2}: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="221" />
        <source>The project holds no measure yet; import data first.</source>
        <translation>El proyecto aún no tiene ninguna medida; importe datos primero.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="228" />
        <source>No region {label} in the project.</source>
        <translation>No hay ninguna región {label} en el proyecto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="245" />
        <source>{code} has no observations to analyse.</source>
        <translation>{code} no tiene observaciones que analizar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="550" />
        <source>Unknown method {method}; use {names}.</source>
        <translation>Método desconocido {method}; use {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="573" />
        <source>--to ({year_to}) must come after --from ({year_from}).</source>
        <translation>--to ({year_to}) debe ser posterior a --from ({year_from}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="124" />
        <source>{code} has no data for {year}; years are {first}-{last}.</source>
        <translation>{code} no tiene datos de {year}; los años son {first}-{last}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="213" />
        <source>No measure {measure}; measures are {known}.</source>
        <translation>No hay ninguna medida {measure}; las medidas son {known}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/analysis.py" line="265" />
        <source>{code} has no {code2} data and no regions below it with data.</source>
        <translation>{code} no tiene datos de {code2} ni regiones por debajo con datos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/demo.py" line="58" />
        <source>{name} already exists; choose another name.</source>
        <translation>{name} ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/demo.py" line="79" />
        <source>{name} was created meanwhile (by another Anticipa?); it was left as it is.</source>
        <translation>{name} se creó entretanto (¿por otro Anticipa?); se dejó como estaba.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/demo.py" line="137" />
        <source>{name}, line {line}: unknown region or industry.</source>
        <translation>{name}, línea {line}: región o rama desconocida.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/exchange_import.py" line="114" />
        <source>sheet {sheet}</source>
        <translation>hoja {sheet}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/exchange_import.py" line="116" />
        <source>cell {cell}</source>
        <translation>celda {cell}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/exchange_import.py" line="98" />
        <source>... and {n} more</source>
        <translation>... y {n} más</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/exchange_import.py" line="100" />
        <source>{problem}; nothing was imported</source>
        <translation>{problem}; no se importó nada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/exchange_import.py" line="103" />
        <source>{file}: nothing was imported:
  {problems}</source>
        <translation>{file}: no se importó nada:
  {problems}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/exchange_import.py" line="276" />
        <source>not an Anticipa exchange workbook or collection template (no About sheet naming the format, no Data sheet with the exchange or template columns)</source>
        <translation>no es un libro de intercambio de Anticipa ni una plantilla de recogida (no hay hoja About que nombre el formato, ni hoja Data con las columnas de intercambio o de plantilla)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/exchange_import.py" line="307" />
        <source>the sheet {title} is missing</source>
        <translation>falta la hoja {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/exchange_import.py" line="320" />
        <source>column(s) {names} missing from the header row, which must name {names2}</source>
        <translation>falta(n) la(s) columna(s) {names} en la fila de encabezado, que debe nombrar {names2}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/exchange_import.py" line="336" />
        <source>format version {version} was written by a newer Anticipa; this one reads version {format_version}</source>
        <translation>la versión de formato {version} la escribió un Anticipa más nuevo; este lee la versión {format_version}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/exchange_import.py" line="359" />
        <source>{names} is also given by {seen}; which one holds?</source>
        <translation>{names} también lo da {seen}; ¿cuál vale?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/exchange_import.py" line="551" />
        <source>the project has a study named {key} with other descriptors or variants (the project: {ours}; the file: {theirs}); rename it in the file to import it beside the project's</source>
        <translation>el proyecto tiene un estudio llamado {key} con otros descriptores o variantes (el proyecto: {ours}; el archivo: {theirs}); cámbiele el nombre en el archivo para importarlo junto al del proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/exchange_import.py" line="594" />
        <source>{key}: {theirs}</source>
        <translation>{key}: {theirs}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/exchange_import.py" line="600" />
        <source>{key}: {theirs}; add it to the project first (or remove the row)</source>
        <translation>{key}: {theirs}; añádalo antes al proyecto (o quite la fila)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/exchange_import.py" line="638" />
        <source>parent {parent} of {code} is not a {kind} of the workbook or the project</source>
        <translation>el padre {parent} de {code} no es un {kind} del libro ni del proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/exchange_import.py" line="709" />
        <source>the unit of {code} is {unit} here but {unit2} in the project; convert the values or use another measure code</source>
        <translation>la unidad de {code} es {unit} aquí pero {unit2} en el proyecto; convierta los valores o use otro código de medida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="145" />
        <source>unknown layout {layout}; choose one of {names}</source>
        <translation>formato desconocido {layout}; elija uno de {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="151" />
        <source>the report's regions and studies are chosen only for the report layout</source>
        <translation>las regiones y los estudios del informe solo se eligen para el formato de informe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="279" />
        <source>nothing to export: the selection holds no observations</source>
        <translation>nada que exportar: la selección no contiene observaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="309" />
        <source>the project holds no years yet; choose the years to collect</source>
        <translation>el proyecto aún no tiene años; elija los años que recoger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="368" />
        <source>nothing to report: the selection holds no observations</source>
        <translation>nada que informar: la selección no contiene observaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/export.py" line="382" />
        <source>unknown {kind} code(s): {names}</source>
        <translation>código(s) de {kind} desconocido(s): {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="199" />
        <source>Choose a horizon year for {name} (e.g. --horizon 2035).</source>
        <translation>Elija un año horizonte para {name} (p. ej. --horizon 2035).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="206" />
        <source>Unknown baseline {baseline}; use one of {names}.</source>
        <translation>Base desconocida {baseline}; use una de {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="216" />
        <source>The number of draws cannot be negative.</source>
        <translation>El número de extracciones no puede ser negativo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="221" />
        <source>{name} has no stored scenarios; solve the study (or add scenarios) first.</source>
        <translation>{name} no tiene escenarios guardados; resuelva antes el estudio (o añada escenarios).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="233" />
        <source>{code} has no {measure_code} data.</source>
        <translation>{code} no tiene datos de {measure_code}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="241" />
        <source>{code} has no {measure_code} values.</source>
        <translation>{code} no tiene valores de {measure_code}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="276" />
        <source>The {baseline} baseline cannot be made for every industry ({named}); choose the trend or let Anticipa choose (auto).</source>
        <translation>La base {baseline} no se puede hacer para todas las ramas ({named}); elija la tendencia o deje que Anticipa elija (auto).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="461" />
        <source>Unknown weights {how}; use one of {names}.</source>
        <translation>Ponderaciones desconocidas {how}; use una de {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="470" />
        <source>Weights from the TIS need a positive TIS for every scenario; {names} has none. Use equal weights or solve the study again.</source>
        <translation>Las ponderaciones a partir del TIS necesitan un TIS positivo para cada escenario; {names} no lo tiene. Use ponderaciones iguales o resuelva de nuevo el estudio.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="512" />
        <source>{code} has no observations; import data for it first.</source>
        <translation>{code} no tiene observaciones; importe antes datos para ella.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="518" />
        <source>{code} has data for several measures ({codes}); choose one.</source>
        <translation>{code} tiene datos de varias medidas ({codes}); elija una.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="484" />
        <source>Choose the region to project (e.g. --region DE1).</source>
        <translation>Elija la región que proyectar (p. ej. --region DE1).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="500" />
        <source>{code} is an intensity (held per job); project a level such as the jobs, and its outcomes are weighted by them (or: anticipa measure {code} --intensity no).</source>
        <translation>{code} es una intensidad (por puesto de trabajo); proyecte un nivel como el empleo, y sus resultados se ponderan por él (o: anticipa measure {code} --intensity no).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="648" />
        <source>{file}, {place}: study {name} has no descriptor {descriptor}; it has {names}.</source>
        <translation>{file}, {place}: el estudio {name} no tiene el descriptor {descriptor}; tiene {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="669" />
        <source>{file}, {place}: {name} has no variant {variant}; it has {names}.</source>
        <translation>{file}, {place}: {name} no tiene la variante {variant}; tiene {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="688" />
        <source>{file}, {place}: {error}</source>
        <translation>{file}, {place}: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/futures.py" line="703" />
        <source>{file}, {place}: the same variant and industry{also} as {seen}.</source>
        <translation>{file}, {place}: la misma variante y rama{also} que {seen}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing.py" line="848" />
        <source>{name} [{sheet}]: no value could be read</source>
        <translation>{name} [{sheet}]: no se pudo leer ningún valor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing.py" line="399" />
        <source>{name}: no sheet's name matches {sheets}</source>
        <translation>{name}: ningún nombre de hoja coincide con {sheets}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing.py" line="314" />
        <source>{name} has no sheet named {name2}</source>
        <translation>{name} no tiene ninguna hoja llamada {name2}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing.py" line="486" />
        <source>{names} is also given by {others}; ambiguous, not imported</source>
        <translation>{names} también lo da {others}; ambiguo, no importado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing.py" line="589" />
        <source>{name} has no sheet named {sheet}</source>
        <translation>{name} no tiene ninguna hoja llamada {sheet}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing.py" line="352" />
        <source>scale {scale}, from "{text}"</source>
        <translation>escala {scale}, de "{text}"</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/importing.py" line="424" />
        <source>left out: {reason}</source>
        <translation>omitido: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/lifecycles.py" line="97" />
        <source>No industry {code} in {code2}.</source>
        <translation>No hay ninguna rama {code} en {code2}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/lifecycles.py" line="130" />
        <source>No region {region} in the project.</source>
        <translation>No hay ninguna región {region} en el proyecto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/lifecycles.py" line="141" />
        <source>{region} has no {code} data; regions with data: {names}.</source>
        <translation>{region} no tiene datos de {code}; regiones con datos: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/lifecycles.py" line="178" />
        <source>The region has no observations; import data for it first.</source>
        <translation>La región no tiene observaciones; importe antes datos para ella.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="393" />
        <source>{name} is both an {names}; write {kind}:{name2} or {kind2}:{name2}</source>
        <translation>{name} es a la vez {names}; escriba {kind}:{name2} o {kind2}:{name2}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="164" />
        <source>No outcome {outcome}; the project has {known}.</source>
        <translation>No hay ningún resultado {outcome}; el proyecto tiene {known}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="174" />
        <source>Projections give {default_outcome}; {name} comes from the entered effects alone: leave out --region, --measure and --horizon.</source>
        <translation>Las proyecciones dan {default_outcome}; {name} procede solo de los efectos introducidos: omita --region, --measure y --horizon.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="187" />
        <source>No policy option has an effect on {name} in {name2}; enter effects per scenario or per variant (or give an options workbook).</source>
        <translation>Ninguna opción de política tiene efecto sobre {name} en {name2}; introduzca efectos por escenario o por variante (o dé un libro de opciones).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="388" />
        <source>no {names} {name} in the project's registers</source>
        <translation>no hay {names} {name} en los registros del proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy_options.py" line="201" />
        <source>The futures project {measure_code} (unit {value}), which does not count jobs; choose a measure of people employed with --measure, or judge another outcome from entered effects.</source>
        <translation>Los futuros proyectan {measure_code} (unidad {value}), que no cuenta puestos de trabajo; elija una medida de personas ocupadas con --measure, o juzgue otro resultado a partir de efectos introducidos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/priorities.py" line="129" />
        <source>{source}: expected an object with a list 'criteria'.</source>
        <translation>{source}: se esperaba un objeto con una lista 'criteria'.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/priorities.py" line="135" />
        <source>{source}: 'items' must be 'industries' or 'competencies'.</source>
        <translation>{source}: 'items' debe ser 'industries' o 'competencies'.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/priorities.py" line="211" />
        <source>{source}: the list 'criteria' is empty.</source>
        <translation>{source}: la lista 'criteria' está vacía.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/priorities.py" line="214" />
        <source>{source}: 'band' must be a number in [0, 1), e.g. 0.2 for ±20 %.</source>
        <translation>{source}: 'band' debe ser un número en [0, 1), p. ej. 0.2 para ±20 %.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/priorities.py" line="318" />
        <source>No measure {measure} in the project.</source>
        <translation>No hay ninguna medida {measure} en el proyecto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/priorities.py" line="110" />
        <source>{name}: not a UTF-8 text file.</source>
        <translation>{name}: no es un archivo de texto UTF-8.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/priorities.py" line="115" />
        <source>{name}, line {lineno} column {colno}: {msg}.</source>
        <translation>{name}, línea {lineno} columna {colno}: {msg}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/priorities.py" line="144" />
        <source>{where}: expected an object.</source>
        <translation>{where}: se esperaba un objeto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/priorities.py" line="172" />
        <source>{where}: the weight must be a positive number, got {weight}.</source>
        <translation>{where}: la ponderación debe ser un número positivo; se dio {weight}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/priorities.py" line="180" />
        <source>{where}: normalisation must be one of {names}.</source>
        <translation>{where}: la normalización debe ser una de {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/priorities.py" line="153" />
        <source>{where}: write {base} as {value}.</source>
        <translation>{where}: escriba {base} como {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/priorities.py" line="162" />
        <source>{where}: unknown indicator {indicator}; for {items} use {names}.</source>
        <translation>{where}: indicador desconocido {indicator}; para {items} use {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/priorities.py" line="189" />
        <source>{where}: 'values' must map each item to a number.</source>
        <translation>{where}: 'values' debe asignar un número a cada elemento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/priorities.py" line="195" />
        <source>{where}: the value for {key} is not a number.</source>
        <translation>{where}: el valor de {key} no es un número.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenario_files.py" line="180" />
        <source>{name}: a scenario study is read from {names} (a ScenarioWizard file or an Excel cross-impact matrix)</source>
        <translation>{name}: un estudio de escenarios se lee de {names} (un archivo de ScenarioWizard o una matriz de impacto cruzado de Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="119" />
        <source>no scenario study {study_key} in the project (studies: {names})</source>
        <translation>no hay ningún estudio de escenarios {study_key} en el proyecto (estudios: {names})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="377" />
        <source>{name}: no scenario with inconsistency &lt;= {max_ic}</source>
        <translation>{name}: ningún escenario con inconsistencia &lt;= {max_ic}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="102" />
        <source>{name}: not a ScenarioWizard file (.scw), an Excel matrix ({names}) or a project (.anticipa)</source>
        <translation>{name}: no es un archivo de ScenarioWizard (.scw), una matriz de Excel ({names}) ni un proyecto (.anticipa)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/scenarios.py" line="168" />
        <source>the intervention leaves {left} combinations, more than the {exact_always} decided exactly; hold more descriptors</source>
        <translation>la intervención deja {left} combinaciones, más de las {exact_always} que se deciden exactamente; fije más descriptores</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="353" />
        <source>Study {name} has no descriptor {descriptor}; it has: {names}.</source>
        <translation>El estudio {name} no tiene el descriptor {descriptor}; tiene: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signals.py" line="346" />
        <source>Descriptor {name} of study {name2} has no variant {variant}; it has: {names}.</source>
        <translation>El descriptor {name} del estudio {name2} no tiene la variante {variant}; tiene: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/capabilities.py" line="146" />
        <source>A {what} needs a name.</source>
        <translation>Falta el nombre: {what}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/capabilities.py" line="153" />
        <source>The link ends ({end}) before it starts ({start}).</source>
        <translation>El vínculo termina ({end}) antes de empezar ({start}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/capabilities.py" line="205" />
        <source>{a_what} named {name} already exists.</source>
        <translation>Ya existe {a_what} con el nombre {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/capabilities.py" line="230" />
        <source>{things} have no field {field}.</source>
        <translation>{things} no tienen el campo {field}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/capabilities.py" line="256" />
        <source>No {what} with id {row_id}.</source>
        <translation>No hay {what} con id {row_id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/capabilities.py" line="220" />
        <source>{a_what} named {changes} already exists.</source>
        <translation>Ya existe {a_what} con el nombre {changes}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/futures.py" line="95" />
        <source>Unknown weights {weights}; use one of {names}.</source>
        <translation>Ponderaciones desconocidas {weights}; use una de {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/futures.py" line="139" />
        <source>Variant {variant_id} is not in study {name}.</source>
        <translation>La variante {variant_id} no está en el estudio {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/lifecycle_judgements.py" line="82" />
        <source>Unknown stage {stage}; stages are {names}.</source>
        <translation>Etapa desconocida {stage}; las etapas son {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/lifecycle_judgements.py" line="89" />
        <source>A judgement needs a reason.</source>
        <translation>Un juicio necesita un motivo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/lifecycle_judgements.py" line="165" />
        <source>{value} is not a date (use YYYY-MM-DD).</source>
        <translation>{value} no es una fecha (use AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/lock.py" line="77" />
        <source>{name} is already open in another Anticipa window or command{value}{waited}. Close it there, or try again when that command has finished.</source>
        <translation>{name} ya está abierto en otra ventana u orden de Anticipa{value}{waited}. Ciérrelo allí o inténtelo de nuevo cuando esa orden haya terminado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/merges.py" line="75" />
        <source>{name} cannot be read: {error}.</source>
        <translation>{name} no se puede leer: {error}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/observation_writer.py" line="293" />
        <source>there is no import batch {batch_id}</source>
        <translation>no hay ningún lote de importación {batch_id}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/observation_writer.py" line="295" />
        <source>import batch {batch_id} was undone on {row}</source>
        <translation>el lote de importación {batch_id} se deshizo el {row}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/policy_options.py" line="114" />
        <source>An outcome needs a name.</source>
        <translation>Un resultado necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/policy_options.py" line="116" />
        <source>An outcome's direction is higher or lower, not {direction}.</source>
        <translation>La dirección de un resultado es higher o lower, no {direction}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/policy_options.py" line="156" />
        <source>Policy options have no field {field}.</source>
        <translation>Las opciones de política no tienen el campo {field}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/policy_options.py" line="169" />
        <source>A cost cannot be negative: {out}.</source>
        <translation>Un coste no puede ser negativo: {out}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/policy_options.py" line="171" />
        <source>A time to effect cannot be negative: {out}.</source>
        <translation>Un plazo hasta el efecto no puede ser negativo: {out}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/policy_options.py" line="176" />
        <source>A start year is a whole year: {out}.</source>
        <translation>Un año de inicio es un año entero: {out}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/policy_options.py" line="192" />
        <source>No policy option with id {option_id}.</source>
        <translation>No hay ninguna opción de política con id {option_id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/policy_options.py" line="348" />
        <source>An effect is given for one scenario or for one variant.</source>
        <translation>Un efecto se da para un escenario o para una variante.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/policy_options.py" line="164" />
        <source>A policy option needs a name.</source>
        <translation>Una opción de política necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/policy_options.py" line="208" />
        <source>A policy option named {values} already exists.</source>
        <translation>Ya existe una opción de política llamada {values}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/policy_options.py" line="223" />
        <source>A policy option named {name} already exists.</source>
        <translation>Ya existe una opción de política llamada {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/policy_options.py" line="298" />
        <source>A target is an industry, competency or institution, not {kind}.</source>
        <translation>Un objetivo es una rama, una competencia o una institución, no {kind}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/policy_options.py" line="307" />
        <source>No {kind} with id {target_id}.</source>
        <translation>No hay {kind} con id {target_id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/policy_options.py" line="125" />
        <source>The outcome {name} is already stored with direction {direction}.</source>
        <translation>El resultado {name} ya está guardado con la dirección {direction}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/project.py" line="71" />
        <source>{name} is not an Anticipa project (not a database file).</source>
        <translation>{name} no es un proyecto de Anticipa (no es un archivo de base de datos).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/project.py" line="79" />
        <source>{name} is a database, but not an Anticipa project; it was left unchanged.</source>
        <translation>{name} es una base de datos, pero no un proyecto de Anticipa; se dejó sin cambios.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/project.py" line="86" />
        <source>{name} was saved by a newer version of Anticipa (project format {user_version}, this version reads up to {schema_version}); it was left unchanged. Please update Anticipa to open it.</source>
        <translation>{name} se guardó con una versión más nueva de Anticipa (formato de proyecto {user_version}; esta versión lee hasta {schema_version}); se dejó sin cambios. Actualice Anticipa para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/project.py" line="257" />
        <source>{name} already exists; choose another name or open it.</source>
        <translation>{name} ya existe; elija otro nombre o ábralo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/project.py" line="262" />
        <source>The folder {parent} does not exist.</source>
        <translation>La carpeta {parent} no existe.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/project.py" line="61" />
        <source>{path}: no such file.</source>
        <translation>{path}: no existe el archivo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/project.py" line="63" />
        <source>{path} is a folder, not a project file.</source>
        <translation>{path} es una carpeta, no un archivo de proyecto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/project.py" line="65" />
        <source>{path} cannot be read: {strerror}.</source>
        <translation>{path} no se puede leer: {strerror}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/project.py" line="315" />
        <source>{name} was saved by a newer version of Anticipa; please update.</source>
        <translation>{name} se guardó con una versión más nueva de Anticipa; actualice Anticipa.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/recipes.py" line="46" />
        <source>a recipe needs a name</source>
        <translation>una receta necesita un nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="232" />
        <source>no scenario study {key}; the project has: {known}</source>
        <translation>no hay ningún estudio de escenarios {key}; el proyecto tiene: {known}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="281" />
        <source>a study needs a name</source>
        <translation>un estudio necesita un nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="283" />
        <source>a study named {name} already exists</source>
        <translation>ya existe un estudio llamado {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="285" />
        <source>aggregation must be one of {names}</source>
        <translation>la agregación debe ser una de {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="344" />
        <source>cannot change {names} of a study</source>
        <translation>no se puede cambiar {names} de un estudio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="381" />
        <source>a descriptor's role is one of {names}, not {role}</source>
        <translation>el papel de un descriptor es uno de {names}, no {role}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="392" />
        <source>a descriptor's weight is a number above 0, not {weight}</source>
        <translation>la ponderación de un descriptor es un número mayor que 0, no {weight}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="407" />
        <source>a descriptor needs a name</source>
        <translation>un descriptor necesita un nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="443" />
        <source>a variant needs a name</source>
        <translation>una variante necesita un nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="484" />
        <source>a descriptor needs at least two variants</source>
        <translation>un descriptor necesita al menos dos variantes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="542" />
        <source>an expert needs a name</source>
        <translation>un experto necesita un nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="546" />
        <source>the study already has an expert named {name}</source>
        <translation>el estudio ya tiene un experto llamado {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="580" />
        <source>expert {expert_id} is not part of study {name}</source>
        <translation>el experto {expert_id} no forma parte del estudio {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="643" />
        <source>a judgement scale runs from a negative to a positive whole number, not {low}..{high}</source>
        <translation>una escala de juicios va de un número entero negativo a uno positivo, no {low}..{high}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="669" />
        <source>the study holds judgements from {lowest} to {highest}; a scale of {low}..{high} would leave some outside it (change them first)</source>
        <translation>el estudio tiene juicios de {lowest} a {highest}; una escala de {low}..{high} dejaría algunos fuera (cámbielos primero)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="698" />
        <source>no expert {expert_id}</source>
        <translation>no hay ningún experto {expert_id}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="713" />
        <source>the matrix is {shape}; the study has {n} variants</source>
        <translation>la matriz es {shape}; el estudio tiene {n} variantes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="719" />
        <source>the matrix holds a value that is not a number</source>
        <translation>la matriz contiene un valor que no es un número</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="726" />
        <source>{values} ({labels} on {labels2}) is off the study's scale {low}..{high}</source>
        <translation>{values} ({labels} sobre {labels2}) está fuera de la escala del estudio {low}..{high}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="826" />
        <source>a scenario needs {n} variants</source>
        <translation>un escenario necesita {n} variantes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="1001" />
        <source>a descriptor's influence on itself is not entered</source>
        <translation>la influencia de un descriptor sobre sí mismo no se introduce</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="1006" />
        <source>{value} is off the MICMAC scale: 0..3 or P (potential)</source>
        <translation>{value} está fuera de la escala MICMAC: 0..3 o P (potencial)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="252" />
        <source>descriptor short name {short} is used twice</source>
        <translation>el nombre corto de descriptor {short} se usa dos veces</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="263" />
        <source>descriptor {name} has a variant without a name</source>
        <translation>el descriptor {name} tiene una variante sin nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="351" />
        <source>a study named {fields} already exists or is empty</source>
        <translation>ya existe un estudio llamado {fields} o está vacío</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="415" />
        <source>another descriptor of the study is already called {value}</source>
        <translation>otro descriptor del estudio ya se llama {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="784" />
        <source>{value} is off the study's scale {low}..{high}</source>
        <translation>{value} está fuera de la escala del estudio {low}..{high}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/scenarios.py" line="944" />
        <source>a scenario's weight is a number of 0 or more, not {weight}</source>
        <translation>la ponderación de un escenario es un número de 0 o más, no {weight}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/signals.py" line="172" />
        <source>A signpost needs a name.</source>
        <translation>Una señal de alerta necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/signals.py" line="175" />
        <source>Signpost {name}: unknown indicator {kind}; use one of {names}.</source>
        <translation>Señal de alerta {name}: indicador desconocido {kind}; use uno de {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/signals.py" line="217" />
        <source>Signpost {name}: a trigger starts, adjusts or stops an option, not {trigger_action}.</source>
        <translation>Señal de alerta {name}: un disparador inicia, ajusta o detiene una opción, no {trigger_action}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/signals.py" line="225" />
        <source>Signpost {name}: the trigger needs the option it acts on.</source>
        <translation>Señal de alerta {name}: el disparador necesita la opción sobre la que actúa.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/signals.py" line="343" />
        <source>A radar signal needs a name.</source>
        <translation>Una señal del radar necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/signals.py" line="389" />
        <source>An experiment needs a name.</source>
        <translation>Un experimento necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/signals.py" line="392" />
        <source>Experiment {name}: unknown status {status}; use one of {names}.</source>
        <translation>Experimento {name}: estado desconocido {status}; use uno de {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/signals.py" line="407" />
        <source>Experiment {name}: the decision date {decision_date} is before its start {start_date}.</source>
        <translation>Experimento {name}: la fecha de decisión {decision_date} es anterior a su inicio {start_date}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/signals.py" line="416" />
        <source>Experiment {name}: the budget cannot be negative.</source>
        <translation>Experimento {name}: el presupuesto no puede ser negativo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/signals.py" line="134" />
        <source>{what}: {value} is not a date (write it as 2026-03-31).</source>
        <translation>{what}: {value} no es una fecha (escríbala como 2026-03-31).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/signals.py" line="185" />
        <source>Signpost {name}: a judgement needs a status (reached, not reached or unknown) and the date it was made.</source>
        <translation>Señal de alerta {name}: un juicio necesita un estado (reached, not reached o unknown) y la fecha en que se hizo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/signals.py" line="196" />
        <source>Signpost {name} needs {names}.</source>
        <translation>La señal de alerta {name} necesita {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/signals.py" line="204" />
        <source>Signpost {name}: the direction is 'above' or 'below', not {direction}.</source>
        <translation>Señal de alerta {name}: la dirección es 'above' o 'below', no {direction}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/signals.py" line="324" />
        <source>Radar signal {name}: unknown {what} {value}; use one of {names}.</source>
        <translation>Señal del radar {name}: {what} desconocido {value}; use uno de {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/signals.py" line="335" />
        <source>Radar signal {name}: {what} is a whole number from 1 to 5, not {value}.</source>
        <translation>Señal del radar {name}: {what} es un número entero de 1 a 5, no {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/signals.py" line="212" />
        <source>Signpost {name}, date of the judgement</source>
        <translation>Señal de alerta {name}, fecha del juicio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/signals.py" line="346" />
        <source>Radar signal {name}, date noticed</source>
        <translation>Señal del radar {name}, fecha en que se advirtió</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/signals.py" line="399" />
        <source>Experiment {name}, start</source>
        <translation>Experimento {name}, inicio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/signals.py" line="402" />
        <source>Experiment {name}, decision date</source>
        <translation>Experimento {name}, fecha de decisión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/registers.py" line="416" />
        <source>institution</source>
        <translation>institución</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/capabilities.py" line="187" />
        <source>A competency</source>
        <translation>una competencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/capabilities.py" line="195" />
        <source>An institution</source>
        <translation>una institución</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/registers.py" line="463" />
        <source>{error}; the row was skipped</source>
        <translation>{error}; se omitió la fila</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/registers.py" line="437" />
        <source>the link ends ({end}) before it starts ({start}); the row was skipped</source>
        <translation>el vínculo termina ({end}) antes de empezar ({start}); se omitió la fila</translation>
    </message>
    <message>
        <location filename="../../desktop_app/io/registers.py" line="399" />
        <source>{name} is empty; the row was skipped</source>
        <translation>{name} está vacío; se omitió la fila</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="58" />
        <source>Industry</source>
        <extracomment>Okabe-Ito colours per stage (colour-blind safe).</extracomment>
        <translation>Rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="59" />
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="60" />
        <source>Set by</source>
        <translation>Fijado por</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="61" />
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="62" />
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="72" />
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="79" />
        <source>Judge stage…</source>
        <translation>Juzgar etapa…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="82" />
        <source>Override the computed stage with a dated, signed judgement; earlier judgements stay in the history</source>
        <translation>Sustituir la etapa calculada por un juicio fechado y firmado; los juicios anteriores quedan en el historial</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="117" />
        <source>Fitting S-curves…</source>
        <translation>Ajustando las curvas en S…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="126" />
        <source>analyst</source>
        <translation>analista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="126" />
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="217" />
        <source>computed</source>
        <translation>calculada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="128" />
        <source>no fit</source>
        <translation>sin ajuste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="193" />
        <source>%s fit (95 %% band)</source>
        <translation>ajuste %s (banda del 95 %%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="204" />
        <source>reference, same start</source>
        <translation>referencia, mismo inicio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="213" />
        <source>observed</source>
        <translation>observado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="221" />
        <source>Fit: %s</source>
        <translation>Ajuste: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="226" />
        <source>&lt;b&gt;%s&lt;/b&gt; (judged %s by %s): %s</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; (juzgado el %s por %s): %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="236" />
        <source>Reference (%s): %s — %s</source>
        <translation>Referencia (%s): %s — %s</translation>
    </message>
</context>
<context>
    <name>ValueEntry</name>
    <message>
        <location filename="../../desktop_app/ui/data/value_entry.py" line="70" />
        <source>The value will be cleared (no value).</source>
        <extracomment>The role under which a model gives the stored value itself (EditRole gives its text). A new value this many times larger or smaller than the stored one is pointed out, and asked about before it is stored.</extracomment>
        <translation>El valor se borrará (sin valor).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/value_entry.py" line="71" />
        <source>{new} will be stored</source>
        <translation>Se guardará {new}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/value_entry.py" line="74" />
        <source> (now {old})</source>
        <translation> (ahora {old})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/value_entry.py" line="76" />
        <source>: {ratio} times the stored value</source>
        <translation>: {ratio} veces el valor guardado</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop_app/ui/welcome.py" line="27" />
        <source>&lt;h1&gt;Anticipa&lt;/h1&gt;&lt;p&gt;Anticipate the future of your region's industries: import official statistics, see strengths and lifecycles, build scenarios with experts, test policies.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Anticipa&lt;/h1&gt;&lt;p&gt;Anticipe el futuro de las ramas de su región: importe estadísticas oficiales, vea fortalezas y ciclos de vida, construya escenarios con expertos, pruebe políticas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome.py" line="32" />
        <source>New project…</source>
        <translation>Nuevo proyecto…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome.py" line="33" />
        <source>Open project…</source>
        <translation>Abrir proyecto…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome.py" line="34" />
        <source>Open the demo</source>
        <translation>Abrir la demostración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome.py" line="48" />
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Proyectos recientes&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome.py" line="58" />
        <source>No recent projects yet.</source>
        <translation>Aún no hay proyectos recientes.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation type="obsolete">Abra primero un proyecto.</translation>
    </message>
</context>
</TS>