<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name />
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="49" />
        <source>Exchange (tidy)</source>
        <translation>Intercambio (ordenado)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="51" />
        <source>One observation per row with classifications, aliases and sources; another Anticipa imports it unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="57" />
        <source>Official tables</source>
        <translation>Cuadros oficiales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="59" />
        <source>One table per measure and industry, regions by year, with titles, units and source notes, as statistics offices publish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="65" />
        <source>Collection template</source>
        <translation>Plantilla de recogida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="67" />
        <source>A workbook for officials to fill in, with drop-down lists of regions, industries, measures and years; it imports with no mapping.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="73" />
        <source>Report workbook</source>
        <translation>Libro de informe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="75" />
        <source>Indicator tables (location quotients, shift-share, concentration, complexity), lifecycle stages, competencies and scenario results, with Excel charts and colour highlights.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="977" />
        <source>&lt;b&gt;{file}&lt;/b&gt;, sheet &lt;b&gt;{sheet}&lt;/b&gt;: {rows} rows read. Values: &lt;b&gt;{new}&lt;/b&gt; new, &lt;b&gt;{changed}&lt;/b&gt; changed, &lt;b&gt;{unchanged}&lt;/b&gt; unchanged; &lt;b&gt;{rejected}&lt;/b&gt; rejected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="990" />
        <source>&lt;span style='color:#b3261e'&gt;This file was imported before ({when}).&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="994" />
        <source>&lt;span style='color:#b3261e'&gt;The recipe no longer matches this file; nothing can be imported with it.&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="1006" />
        <source>New in the project: {r} region(s), {i} industry(ies).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="1010" />
        <source>{n} label(s) will be remembered as aliases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="1016" />
        <source>Changed values ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="58" />
        <source>SheetGrid</source>
        <comment>Header</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="59" />
        <source>SheetGrid</source>
        <comment>Labels</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="60" />
        <source>SheetGrid</source>
        <comment>Values</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="61" />
        <source>SheetGrid</source>
        <comment>Subtotal (skipped)</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="62" />
        <source>SheetGrid</source>
        <comment>Heading</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="63" />
        <source>SheetGrid</source>
        <comment>Repeated header (skipped)</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="64" />
        <source>SheetGrid</source>
        <comment>Footnote</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="65" />
        <source>SheetGrid</source>
        <comment>Skipped</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="27" />
        <source>Portfolio</source>
        <comment>Stars</comment>
        <translation>Cartera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="28" />
        <source>Portfolio</source>
        <comment>Mature</comment>
        <translation>Cartera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="29" />
        <source>Portfolio</source>
        <comment>Emerging</comment>
        <translation>Cartera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="30" />
        <source>Portfolio</source>
        <comment>Transforming</comment>
        <translation>Cartera</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="32" />
        <source>Import workbook…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="35" />
        <source>Import batches…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="38" />
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="41" />
        <source>&amp;Merge another office's project…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <location filename="../../desktop_app/ui/analysis/base.py" line="107" />
        <source>Left out: see the line below</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnalysisState</name>
    <message>
        <location filename="../../desktop_app/ui/analysis/state.py" line="98" />
        <source>The project holds no data yet: import a workbook first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/state.py" line="131" />
        <source>Computing the regional indicators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/state.py" line="172" />
        <source>Nothing was left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/state.py" line="173" />
        <source>Left out: </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BalanceBars</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="138" />
        <source>Select a scenario.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="188" />
        <source>holds by {0:g}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="190" />
        <source>holds, tied with another variant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="192" />
        <source>does not hold: short by {0:g}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="232" />
        <source>what tips it towards {0!r} (+) or {1!r} (-):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChooserBar</name>
    <message>
        <location filename="../../desktop_app/ui/analysis/state.py" line="195" />
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/state.py" line="196" />
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/state.py" line="197" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/state.py" line="198" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/state.py" line="199" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="41" />
        <source>&lt;h2&gt;{title}&lt;/h2&gt;&lt;p&gt;{coming}&lt;/p&gt;&lt;p&gt;&lt;i&gt;This section is not available in this version yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CrossImpactModel</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="105" />
        <source>Self-impact block: closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="129" />
        <source>{value!r} is not a whole number from -3 to +3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="139" />
        <source>Set {cell} to {value}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="45" />
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="46" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="47" />
        <source>Industry</source>
        <translation>Rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="48" />
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="69" />
        <source>Loading the chart…</source>
        <translation>Cargando el gráfico…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="103" />
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="135" />
        <source>{n} observations</source>
        <translation>{n} observaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="198" />
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
</context>
<context>
    <name>DescriptorDialog</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="46" />
        <source>New descriptor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="49" />
        <source>One variant per line, at least two</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="52" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="53" />
        <source>Variants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="54" />
        <source>Definition</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DynamicsView</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="307" />
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="346" />
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="308" />
        <source>Count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="353" />
        <source>%d new links to industries and %d to institutions; %d new institution-industry collaborations; %d entries into related industries, %d into unrelated ones; %d links into declining or renewing industries. Undated links (in no year): %d.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditValueCommand</name>
    <message>
        <location filename="../../desktop_app/ui/data/edit_commands.py" line="27" />
        <source>Edit {what}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExpertsView</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="40" />
        <source>Mean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="41" />
        <source>Median</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="42" />
        <source>Sum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="61" />
        <source>Consistent scenarios of the combined matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="73" />
        <source>The consistent scenarios were not all found within {s:g} s, so the cells that change them are not listed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="112" />
        <source>{src} → {dst}: experts differ by {v:g}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="130" />
        <source>Combine experts by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="134" />
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="307" />
        <source>Experts</source>
        <translation>Expertos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="141" />
        <source>Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="142" />
        <source>Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="143" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="157" />
        <source>Spread of the judgements (largest − smallest)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="162" />
        <source>Judgement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="162" />
        <source>Spread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="162" />
        <source>Scenarios at risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="170" />
        <source>Disagreements that change the result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="173" />
        <source>Find the judgements that matter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="217" />
        <source>With one expert there is nothing to compare: add experts (or import their questionnaires) to see where they disagree.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="237" />
        <source>Press “Find the judgements that matter” to see which disagreements change the consistent scenarios.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="256" />
        <source>Looking for the consistent scenarios of the combined matrix…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="259" />
        <source>Expert disagreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="298" />
        <source>{n} consistent scenario(s) under the combined matrix; {k} judgement(s) on which the experts differ by more than the margin a scenario holds by.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="314" />
        <source>Combine experts by {m}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="321" />
        <source>Add expert {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="327" />
        <source>Rename expert to {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="337" />
        <source>Remove expert {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="342" />
        <source>Add expert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="342" />
        <source>Expert's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="350" />
        <source>Rename expert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="350" />
        <source>New name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <location filename="../../desktop_app/ui/analysis/exporting.py" line="80" />
        <source>PNG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/exporting.py" line="80" />
        <source>SVG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/exporting.py" line="82" />
        <source>Export the chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/exporting.py" line="86" />
        <source>Excel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/exporting.py" line="87" />
        <source>Export the table to an Excel workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/exporting.py" line="97" />
        <source>Export chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/exporting.py" line="104" />
        <source>Export table</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="92" />
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="214" />
        <source>Export to Excel</source>
        <translation>Exportar a Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="95" />
        <source>Layout</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="111" />
        <source>Selection</source>
        <translation>Selección</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="120" />
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="133" />
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="136" />
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="137" />
        <source>Include the user names recorded with sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="144" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="146" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="158" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="170" />
        <source>Export to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="170" />
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="201" />
        <source>Choose a file ending in .xlsx.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="212" />
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="224" />
        <source>Wrote {0}: {1} observations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="229" />
        <source>Exported {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="232" />
        <source>The export failed: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="235" />
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <location filename="../../desktop_app/ui/analysis/heatmap.py" line="28" />
        <source>Sorted by code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/heatmap.py" line="29" />
        <source>Clustered: similar structures together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/heatmap.py" line="30" />
        <source>Sorted by economic complexity (ECI)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/heatmap.py" line="31" />
        <source>Sorted by LQ of the first industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/heatmap.py" line="34" />
        <source>Blue: specialised (LQ &gt; 1); orange: under-represented; grey: left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/heatmap.py" line="36" />
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/heatmap.py" line="90" />
        <source>Location quotients {year} against {reference}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/heatmap.py" line="109" />
        <source>left out</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportBatchesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="40" />
        <source>Import batches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="44" />
        <source>Every import is one batch. Undoing a batch removes the values it brought and puts back the values it replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="53" />
        <source>Batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="54" />
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="55" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="56" />
        <source>Sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="57" />
        <source>Recipe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="58" />
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="59" />
        <source>Values now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="60" />
        <source>Undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="77" />
        <source>Undo this import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="114" />
        <source>Nothing has been imported into this project yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="134" />
        <source>Undo import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="136" />
        <source>Remove every value import batch {batch} brought and put back the values it replaced?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="155" />
        <source>Import batch {batch} undone: {n} values removed or put back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="162" />
        <source>Import batch {batch} undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="172" />
        <source>Undoing import batch {batch}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="69" />
        <location filename="../../desktop_app/ui/importer/wizard.py" line="285" />
        <source>Import {name}</source>
        <extracomment>Page ids, in order.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="72" />
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="136" />
        <source>Stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="172" />
        <source>Imported {n} values from {file} (import batch {batch}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="200" />
        <source>{name} cannot be imported as it is; nothing was written. {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="208" />
        <source>Import cancelled; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="211" />
        <source>an Anticipa exchange workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="213" />
        <source>a filled collection template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="216" />
        <source>{name} is {kind}: importing it, no mapping needed…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="221" />
        <source>Importing {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="238" />
        <source>Imported {new} new and {changed} changed values from {file} (import batch {batch}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="249" />
        <source>Nothing was written: {file} holds no new or changed values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="255" />
        <source>{n} values were already in the project as they are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="261" />
        <source>{n} changed values were kept as the project had them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="268" />
        <source>Added {regions} regions, {industries} industries, {measures} measures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="273" />
        <source>{n} template rows were left empty and skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="279" />
        <source>This file was imported before ({batch}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="321" />
        <source>Import workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="323" />
        <source>Workbooks ({patterns});;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JudgementDialog</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="40" />
        <source>Lifecycle judgement: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="51" />
        <source>Why this stage? (required)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="54" />
        <source>Computed: %s — %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="54" />
        <source>no stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="58" />
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="66" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="59" />
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="65" />
        <source>Judged on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="60" />
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="67" />
        <source>Signed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="61" />
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="68" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="69" />
        <source>Recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/judgement_dialog.py" line="98" />
        <source>History (newest first; the newest is in force)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LabelsPage</name>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="783" />
        <source>Match the labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="786" />
        <source>These regions and industries are not in the project yet. Choose what each one is; a label matched once is remembered as an alias. Unmatched labels are added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="793" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="794" />
        <source>Label in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="795" />
        <source>Values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="796" />
        <source>Closest in the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="797" />
        <source>Use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="808" />
        <source>Take every first suggestion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="810" />
        <source>Add all as new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="820" />
        <source>region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="820" />
        <source>industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="835" />
        <source>nothing alike</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="838" />
        <source>Add as a new {kind}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="842" />
        <source>the entry with the same code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="851" />
        <source>{n} label(s) not in the project; {f} with suggestions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="891" />
        <source>Checking against the project</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LifecycleMapView</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/lifecycle_map.py" line="25" />
        <source>Location quotient (last year)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/lifecycle_map.py" line="30" />
        <source>Bubble area: size in the last year. Stage: the analyst's judgement where there is one, else the computed stage.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LifecycleState</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/state.py" line="70" />
        <source>The project holds no data yet: import a workbook first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/state.py" line="87" />
        <source>Fitting lifecycles of %s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lifecycles</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="49" />
        <source>no stage</source>
        <extracomment>Okabe-Ito colours per stage (colour-blind safe).</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="126" />
        <location filename="../../desktop_app/ui/main_window.py" line="307" />
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="159" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="160" />
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="161" />
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="163" />
        <source>Open the &amp;demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="164" />
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="171" />
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="177" />
        <source>&amp;Close project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="179" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="181" />
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="182" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="183" />
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="185" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="194" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="195" />
        <source>&amp;About Anticipa</source>
        <translation>&amp;Acerca de Anticipa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="213" />
        <source>&amp;Undo {what}</source>
        <translation>&amp;Deshacer {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="214" />
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rehacer {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="218" />
        <location filename="../../desktop_app/ui/main_window.py" line="225" />
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="219" />
        <location filename="../../desktop_app/ui/main_window.py" line="231" />
        <location filename="../../desktop_app/ui/main_window.py" line="238" />
        <source>Anticipa projects (*.anticipa)</source>
        <translation>Proyectos de Anticipa (*.anticipa)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="230" />
        <location filename="../../desktop_app/ui/main_window.py" line="259" />
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="236" />
        <source>Save the demo project as</source>
        <translation>Guardar el proyecto de demostración como</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="246" />
        <source>Building the demo project</source>
        <translation>Creando el proyecto de demostración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="250" />
        <source>Demo project</source>
        <translation>Proyecto de demostración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="252" />
        <source>Demo not built: cancelled.</source>
        <translation>Demostración no creada: cancelada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="307" />
        <source>Inspector — {title}</source>
        <translation>Inspector — {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="310" />
        <source>&lt;p&gt;&lt;i&gt;Select an item in this section to see its details here.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Seleccione un elemento de esta sección para ver aquí sus detalles.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="349" />
        <source>Open a project first, then drop the workbook.</source>
        <translation>Abra primero un proyecto y luego suelte el libro.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="353" />
        <source>Importing workbooks is not available in this version.</source>
        <translation>La importación de libros no está disponible en esta versión.</translation>
    </message>
</context>
<context>
    <name>MatrixEditor</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="185" />
        <source>Expert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="190" />
        <source>Add expert…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="191" />
        <source>Questionnaire…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="192" />
        <source>Import answers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="214" />
        <source>Comment on this judgement (Enter saves)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="218" />
        <source>Row impacts column. Type -3..+3 in a cell; orange restricts, blue promotes; grey blocks (a descriptor on itself) are closed. Ctrl+C / Ctrl+V copy and paste blocks with Excel; Delete sets 0; Ctrl+Z undoes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="264" />
        <source>Add an expert to enter judgements.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="281" />
        <source>The self-impact block of {names} is not zero (as stored in the imported file). Its values are counted in every impact balance, as ScenarioWizard does; the block stays closed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="311" />
        <source>Comment on {cell}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="359" />
        <source>The block does not fit: it reaches past the last variant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="368" />
        <source>{value!r} for {cell} is not a whole number from -3 to +3; nothing was pasted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="378" />
        <source>Paste {n} judgements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="382" />
        <source>{n} value(s) on self-impact blocks were left out (the blocks are closed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="388" />
        <source>Cross impacts</source>
        <translation>Impactos cruzados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="402" />
        <source>Clear {n} judgements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="409" />
        <source>Add expert {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="436" />
        <source>Import answers from {file}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="448" />
        <source>Add expert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="448" />
        <source>Expert's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="455" />
        <source>Questionnaire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="455" />
        <source>For which expert?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="460" />
        <source>Save questionnaire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="462" />
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="467" />
        <source>Questionnaire with {n} pairs written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="472" />
        <source>Import an expert's answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="472" />
        <source>Excel (*.xlsx *.xls *.ods)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/matrix_view.py" line="44" />
        <source>Industries (this region)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/matrix_view.py" line="45" />
        <source>Meso institutions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/matrix_view.py" line="51" />
        <source>Type 1 (weak) to 5 (strong), or clear a cell to remove the link. Industry links for all regions are shown in italics; editing one makes it specific to this region.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/matrix_view.py" line="58" />
        <source>Competencies ×</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/matrix_view.py" line="114" />
        <source>since %s; %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/matrix_view.py" line="133" />
        <source>%s × %s: %r is not a strength from 1 to 5.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="250" />
        <source>Merge another office's project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="254" />
        <source>The other office's project file (.anticipa)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="255" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="257" />
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="264" />
        <source>Choose a project package and press Check: nothing is written until you merge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="271" />
        <source>Take theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="272" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="273" />
        <source>Here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="274" />
        <source>Theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="275" />
        <source>Their source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="289" />
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="330" />
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="299" />
        <source>Project package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="299" />
        <source>Anticipa project (*.anticipa)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="317" />
        <source>{0} is not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="341" />
        <source>{0} would bring: {1}. {2} conflict(s): tick those where {0}'s version should win, then Merge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="345" />
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="352" />
        <source>nothing new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="350" />
        <source>Merged from {0}: {1}. {2} conflict(s) taken from {0}, the others kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="370" />
        <source>The merge failed: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="374" />
        <source>Cancelled; the project is unchanged.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MicmacView</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="43" />
        <source>determinant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="44" />
        <source>relay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="45" />
        <source>dependent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="46" />
        <source>autonomous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="59" />
        <source>Direct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="60" />
        <source>Indirect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="72" />
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="189" />
        <source>Dependence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="73" />
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="188" />
        <source>Influence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="87" />
        <source>Influence of the row on the column: 0 none, 1 weak, 2 moderate, 3 strong. Once any value is entered, the map uses these instead of the cross impacts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="96" />
        <source>Ranking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="97" />
        <source>Entered influences (0-3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="117" />
        <source>No scenario study with two or more descriptors yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="128" />
        <source>entered 0-3 influences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="130" />
        <source>mean absolute cross impact between descriptors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="134" />
        <source>Influences: {0}. Indirect: matrix power {1}, where the ranking is stable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="187" />
        <source>Descriptor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="190" />
        <source>Indirect influence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="191" />
        <source>Indirect dependence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="192" />
        <source>Rank (indirect)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="193" />
        <source>Shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="194" />
        <source>Quadrant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="256" />
        <source>Enter a whole number from 0 to 3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="268" />
        <source>Enter influence</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="81" />
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="83" />
        <source>institutions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="84" />
        <source>competencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="85" />
        <source>industries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="136" />
        <source>No links for this region yet: add them in the competency matrix.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="209" />
        <source>INSTITUTIONS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="210" />
        <source>COMPETENCIES</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="211" />
        <source>INDUSTRIES</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/network.py" line="35" />
        <source>Filled blue: the region is specialised (RCA &gt;= 1). Lines: proximity, darker = more related. Hover a node.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/network.py" line="82" />
        <source>Relatedness of industries {year}; {region}'s specialisations filled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/network.py" line="95" />
        <source>{code} {name}; most related: {near}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ObservationTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="35" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="36" />
        <source>Industry</source>
        <translation>Rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="37" />
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="38" />
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="39" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="40" />
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="41" />
        <source>Flag</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="42" />
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="43" />
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="121" />
        <source>No value: {flag}</source>
        <translation>Sin valor: {flag}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="121" />
        <source>missing</source>
        <translation>falta</translation>
    </message>
</context>
<context>
    <name>OpportunityView</name>
    <message>
        <location filename="../../desktop_app/ui/analysis/opportunities_view.py" line="38" />
        <source>Rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/opportunities_view.py" line="39" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/opportunities_view.py" line="40" />
        <source>Industry</source>
        <translation>Rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/opportunities_view.py" line="41" />
        <source>Density</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/opportunities_view.py" line="42" />
        <source>PCI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/opportunities_view.py" line="43" />
        <source>Reference growth %/yr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/opportunities_view.py" line="44" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/opportunities_view.py" line="91" />
        <source>Relatedness density {year}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/opportunities_view.py" line="93" />
        <source>Industry complexity (PCI)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/opportunities_view.py" line="96" />
        <source>{region}: opportunities (orange, by rank), specialisations (white, {n})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="227" />
        <source>Industries served</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="228" />
        <source>Growing industries served</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="254" />
        <source>Competency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="255" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="256" />
        <source>Industries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="257" />
        <source>Growing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="258" />
        <source>Declining</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="259" />
        <source>Strength</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/capability_views.py" line="260" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="61" />
        <source>Location quotient (last year)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="62" />
        <source>Change of the location quotient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="65" />
        <source>Hover over a bubble for its numbers; click it for the industry's detail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="67" />
        <source>Horizontal axis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="88" />
        <source>Change of LQ {years}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="90" />
        <source>Location quotient {year}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="92" />
        <source>Growth per year {years} (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="94" />
        <source>{region}: industries against {reference}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="165" />
        <source>National share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="166" />
        <source>Industry mix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="167" />
        <source>Regional share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="194" />
        <source>{code} {name}: LQ {lq}, growth {growth} %/yr, {size} {unit} — {quadrant}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrioritiesView</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="52" />
        <source>Criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="52" />
        <source>Indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="52" />
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="52" />
        <source>Better when</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="65" />
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="211" />
        <source>Rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="67" />
        <source>Add criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="68" />
        <source>New criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="69" />
        <source>Remove criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="75" />
        <source>Stability band ±</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="81" />
        <source>Set the weights, then Rank.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="86" />
        <source>Score (sum of the weighted parts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="126" />
        <source>higher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="127" />
        <source>lower</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="150" />
        <source>criteria table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="171" />
        <source>Ranking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="173" />
        <source>Ranking the industries of %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="195" />
        <source>holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="197" />
        <source>may swap with %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="207" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="208" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="209" />
        <source>Stability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="210" />
        <source>Rank range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="212" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="242" />
        <source>%d of %d ranks hold for every weight within ±%d %%. Missing values (scored worst): %d.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="57" />
        <source>SheetGrid</source>
        <comment>Title</comment>
        <extracomment>Row kinds, in the order the legend shows them. Light tints of the Okabe-Ito colours (colour-blind safe), one per row kind.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuadrantCard</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="42" />
        <source>Name of this future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="44" />
        <source>Narrative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="46" />
        <source>Store as scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="68" />
        <source>{0} consistent scenario(s) here; the best has TIS {1:g}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="73" />
        <source>No consistent scenario here; the least inconsistent has IC {0:g} (TIS {1:g}).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="20" />
        <source>Industries of the region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="21" />
        <source>Regions: specialisation and complexity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="22" />
        <source>Industries: concentration over the regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="24" />
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="26" />
        <source>Click a column header to rank by it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="41" />
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="63" />
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="77" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="42" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="43" />
        <source>Diversity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="45" />
        <source>Complexity outlook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="63" />
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="78" />
        <source>Industry</source>
        <translation>Rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="63" />
        <source>Ubiquity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="81" />
        <source>LQ change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="82" />
        <source>Growth %/yr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="83" />
        <source>Regional share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="84" />
        <source>Density</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/rankings.py" line="86" />
        <source>Opportunity rank</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegionBar</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/state.py" line="150" />
        <source>Refit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/state.py" line="151" />
        <source>Fit the S-curves again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/state.py" line="154" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/state.py" line="157" />
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/state.py" line="183" />
        <source>Reference: %s; years %d-%d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/state.py" line="189" />
        <source>Fitting S-curves…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="67" />
        <source>Add competency…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="68" />
        <source>Add institution…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="69" />
        <source>Delete selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="70" />
        <source>Import workbook…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="71" />
        <source>Export workbook…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="75" />
        <source>Double-click a cell to edit it; every edit can be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="79" />
        <source>Competencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="80" />
        <source>Meso institutions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="100" />
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="171" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="101" />
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="180" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="102" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="103" />
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="104" />
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="105" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="152" />
        <source>No region %r in the project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="171" />
        <source>New %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="176" />
        <source>%s already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="192" />
        <source>Delete from the register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="209" />
        <source>Import a register workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="211" />
        <source>Workbooks (*.xlsx *.xls *.ods)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="227" />
        <source>Importing the register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="236" />
        <source>Imported %s: added %s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="236" />
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="240" />
        <source>Register import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="245" />
        <source>Export the register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="245" />
        <source>Workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="258" />
        <source>Exporting the register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="260" />
        <source>Register written to %s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="899" />
        <source>Check before importing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="901" />
        <source>Nothing has been written yet. Import writes everything as one batch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="910" />
        <source>Also show how text was read as numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="916" />
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="916" />
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="916" />
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="922" />
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="929" />
        <source>Replace the project's values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="930" />
        <source>Keep the project's values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="931" />
        <source>Ask for each value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="944" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="945" />
        <source>Industry</source>
        <translation>Rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="946" />
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="947" />
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="948" />
        <source>In the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="949" />
        <source>In the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="950" />
        <source>Keep the project's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="956" />
        <source>Changed values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="960" />
        <source>Export the report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="964" />
        <source>Save the choices as the recipe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="966" />
        <source>recipe name, e.g. INE employment by branch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="1037" />
        <source>Every cell was read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="1043" />
        <source>rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="1044" />
        <source>not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="1045" />
        <source>note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="1057" />
        <source>Problems ({n}) and notes ({m})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="1100" />
        <source>Export the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="1100" />
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="1112" />
        <source>Exporting the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="1115" />
        <source>Report written to {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="1161" />
        <source>Import cancelled; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="1166" />
        <source>The import failed; nothing was written: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="1172" />
        <source>Importing {n} values…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="1174" />
        <source>Importing {name}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="64" />
        <source>What goes out to officials and field offices, and what comes back. Every export runs in the background with a progress bar and Cancel; a cancelled or failed export leaves no file behind.</source>
        <translation>Lo que sale hacia funcionarios y oficinas de campo, y lo que vuelve. Cada exportación se ejecuta en segundo plano con barra de progreso y Cancelar; una exportación cancelada o fallida no deja ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="74" />
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="80" />
        <source>Merge a package…</source>
        <translation>Fusionar un paquete…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="83" />
        <source>Between offices</source>
        <translation>Entre oficinas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="85" />
        <source>A field office sends its project file; merging it brings in new observations, competencies and links, lists conflicts for a decision, and records which office each value came from. Packages merged so far:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="93" />
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="93" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="93" />
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="93" />
        <source>What came in</source>
        <translation>Qué llegó</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="105" />
        <source>Expert questionnaires</source>
        <translation>Cuestionarios de expertos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="133" />
        <source>None yet</source>
        <translation>Ninguno todavía</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="136" />
        <source>{0} (experts: {1})</source>
        <translation>{0} (expertos: {1})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="140" />
        <source>One workbook per expert with every descriptor-variant pair, a -3…+3 drop-down and a comment column; returned workbooks come back in as that expert's matrix, with a report of blank and off-scale cells. Write and read them in Scenarios ▸ Cross impacts (Questionnaire…, Import answers…). Studies: {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="144" />
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
</context>
<context>
    <name>ScenarioAxesView</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="90" />
        <source>Build the four scenarios</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="97" />
        <source>Horizontal axis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="97" />
        <source>Vertical axis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="100" />
        <source>poles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="130" />
        <source>No scenario study with two or more descriptors yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="156" />
        <source>Axes are offered by how much the descriptor varies across the {0} stored consistent scenarios (entropy in bits). Solve the study first if none are stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/axes_view.py" line="221" />
        <source>Store quadrant scenario</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScenarioSolveView</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="277" />
        <source>0: consistent scenarios only; k: also those with inconsistency up to k</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="279" />
        <source>Find scenarios</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="280" />
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="452" />
        <source>Robustness across experts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="282" />
        <source>Inconsistency up to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="310" />
        <source>Scenario name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="313" />
        <source>What this future looks like, in a few sentences.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="315" />
        <source>Save name and narrative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="324" />
        <source>Why it holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="325" />
        <source>Compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="326" />
        <source>Name and narrative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="328" />
        <source>Succession</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="351" />
        <source>No scenario study yet: create or import one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="370" />
        <source>{0} descriptors, {1} combinations, {2} stored scenarios.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="376" />
        <source>Select a scenario.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="378" />
        <source>No scenarios stored yet: press “Find scenarios”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="400" />
        <source>Finding scenarios</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="417" />
        <source>Stopped; the stored scenarios are unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="428" />
        <source>Solving each expert's matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="447" />
        <source>{0} scenarios hold under at least one expert's matrix, {1} under all {2}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="468" />
        <source>Name scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="502" />
        <source>TIS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="504" />
        <source>Scenario {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="516" />
        <source>Differs from the first selected scenario</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScenarioTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="76" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="77" />
        <source>TIS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="78" />
        <source>IC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="79" />
        <source>Experts</source>
        <translation>Expertos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="95" />
        <source>Variant {0} of {1}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="53" />
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="54" />
        <source>Observations by region, industry, year and measure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="61" />
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="62" />
        <source>Location quotients, shift-share, specialisation and concentration indices, relatedness and economic complexity, opportunities.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="71" />
        <source>Lifecycles &amp; competencies</source>
        <translation>Ciclos de vida y competencias</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="72" />
        <source>S-curve fits and lifecycle stages per industry, the register of competencies and meso institutions, and multi-criteria priorities.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/views.py" line="15" />
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/views.py" line="19" />
        <source>Cross impacts</source>
        <translation>Impactos cruzados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/views.py" line="24" />
        <source>Experts</source>
        <translation>Expertos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/views.py" line="29" />
        <location filename="../../desktop_app/ui/views.py" line="81" />
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/views.py" line="32" />
        <source>MICMAC</source>
        <translation>MICMAC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/views.py" line="35" />
        <source>2x2 axes</source>
        <translation>Ejes 2x2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="82" />
        <source>Scenario studies with experts: cross-impact balance, consistent scenarios and why they hold, MICMAC structural analysis.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="91" />
        <source>Policy &amp; signals</source>
        <translation>Políticas y señales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="92" />
        <source>Policy options tested against scenarios, signposts and early signals, experiments with a hypothesis and a decision date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="161" />
        <location filename="../../desktop_app/ui/views.py" line="100" />
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="101" />
        <source>Workbooks and briefs for officials: official layouts, data-collection templates, report workbooks and expert questionnaires.</source>
        <translation type="unfinished" />
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
</context>
<context>
    <name>SeriesChart</name>
    <message>
        <location filename="../../desktop_app/ui/data/series_chart.py" line="24" />
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/series_chart.py" line="25" />
        <source>Select rows in the table to chart their series.</source>
        <translation>Seleccione filas de la tabla para ver sus series.</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="134" />
        <source>Choose the sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="137" />
        <source>Each sheet of {name} with its first rows. Pick the one that holds the table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="151" />
        <source>Saved recipes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="155" />
        <source>Import with this recipe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="174" />
        <source>Reading {name}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="175" />
        <source>Reading {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="196" />
        <source>{name} (hidden)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="204" />
        <source>No table of numbers in the first rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="212" />
        <source>{name} (sheet {sheet})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="214" />
        <source>{name} (no sheet {sheet} here)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="220" />
        <source>No recipe saved in this project yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="223" />
        <source>{n} sheet(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="288" />
        <source>{sheet}: no table of numbers found on this sheet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="297" />
        <source>Reading sheet {sheet}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="299" />
        <source>Reading {sheet}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="329" />
        <source>Reading {name} with the recipe {recipe}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="333" />
        <source>Import with {recipe}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShiftShareView</name>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="34" />
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="126" />
        <source>Industry</source>
        <translation>Rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="44" />
        <source>National share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="44" />
        <source>Industry mix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="44" />
        <source>Regional share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="50" />
        <source>All industries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="70" />
        <source>{title}, {y0}-{y1}, against {reference}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="78" />
        <source>{title}: left out (see below)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="126" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="126" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StudyBox</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_common.py" line="69" />
        <source>(no study yet)</source>
        <extracomment>Fill of the closed self-impact blocks.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StudyEditor</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="76" />
        <source>New…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="77" />
        <source>Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="78" />
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="79" />
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="324" />
        <source>Delete study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="86" />
        <source>Descriptor / variant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="86" />
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="122" />
        <source>Short name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="86" />
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="123" />
        <source>Definition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="94" />
        <source>Add descriptor…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="95" />
        <source>Add variant…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="96" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="111" />
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="113" />
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="121" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="114" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="119" />
        <source>Selected descriptor or variant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="124" />
        <source>Apply changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="155" />
        <source>No study yet: create one or import a ScenarioWizard file or an Excel matrix.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="163" />
        <source>{d} descriptors, {v} variants, {c:,} combinations, {e} expert(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="233" />
        <source>Edit study {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="238" />
        <source>Add descriptor {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="244" />
        <source>Add variant {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="255" />
        <source>Remove descriptor {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="259" />
        <source>Remove variant {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="266" />
        <source>New study {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="285" />
        <source>Import {file}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="303" />
        <source>Scenario study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="315" />
        <source>Written {file}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="326" />
        <source>Delete the study {name} with all its judgements and scenarios? Undo brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="334" />
        <source>Delete study {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="342" />
        <source>New study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="342" />
        <source>Name of the study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="349" />
        <source>Import a scenario study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="351" />
        <source>ScenarioWizard or Excel (*.scw *.xlsx *.xls *.ods)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="361" />
        <source>Export the study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="363" />
        <source>ScenarioWizard (*.scw);;Excel matrix (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="380" />
        <source>Add variant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="380" />
        <source>Variant name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_common.py" line="186" />
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_common.py" line="227" />
        <source>Scenario study</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SuccessionPanel</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/succession_panel.py" line="39" />
        <source>All inconsistent descriptors move at once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/succession_panel.py" line="40" />
        <source>Only the most inconsistent descriptor moves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/succession_panel.py" line="41" />
        <source>Follow the succession</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/succession_panel.py" line="59" />
        <source>Start scenario:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/succession_panel.py" line="103" />
        <source>Settles after {0} step(s) in a consistent scenario.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/succession_panel.py" line="109" />
        <source>Does not settle: it cycles through {0} scenarios.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/succession_panel.py" line="113" />
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/succession_panel.py" line="113" />
        <source>IC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/succession_panel.py" line="113" />
        <source>TIS</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="358" />
        <source>Find the table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="361" />
        <source>The rows are tinted by what will be read. Select rows and use the buttons (or right-click) to correct the header and the data rows; give each column its role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="368" />
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="384" />
        <location filename="../../desktop_app/ui/importer/pages.py" line="648" />
        <source>Header rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="385" />
        <location filename="../../desktop_app/ui/importer/pages.py" line="649" />
        <source>First data row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="386" />
        <location filename="../../desktop_app/ui/importer/pages.py" line="650" />
        <source>Last data row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="387" />
        <source>Skip rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="394" />
        <source>Applies to the rows selected in the grid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="405" />
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="409" />
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="409" />
        <source>Header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="409" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="418" />
        <source>The headers over the value columns hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="422" />
        <source>What the values are</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="425" />
        <source>e.g. employment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="432" />
        <source>from the table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="435" />
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="436" />
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="437" />
        <source>Scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="438" />
        <source>Year of all values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="439" />
        <source>Region of all values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="440" />
        <source>Industry of all values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="566" />
        <source>Header row {row}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="566" />
        <source>Headers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="583" />
        <source>Header rows {headers}; data rows {first} to {last}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="586" />
        <source>the end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="591" />
        <source>Still to say: where the {what} is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="651" />
        <source>Skip rows / read them again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="735" />
        <source>No value could be read with these choices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="746" />
        <source>Reading the values…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/pages.py" line="747" />
        <source>Mapping {name}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <location filename="../../desktop_app/ui/tasks.py" line="135" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="63" />
        <source>Industry</source>
        <translation>Rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="64" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="65" />
        <source>Set by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="66" />
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="67" />
        <source>R²</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="77" />
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="83" />
        <source>Judge stage…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="86" />
        <source>Override the computed stage with a dated, signed judgement; earlier judgements stay in the history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="120" />
        <source>Fitting S-curves…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="129" />
        <source>analyst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="129" />
        <source>computed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="130" />
        <source>no fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="195" />
        <source>%s fit (95 %% band)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="206" />
        <source>reference, same start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="215" />
        <source>observed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="227" />
        <source>&lt;b&gt;%s&lt;/b&gt; (judged %s by %s): %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/timeline_view.py" line="237" />
        <source>Reference (%s): %s — %s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop_app/ui/welcome.py" line="27" />
        <source>&lt;h1&gt;Anticipa&lt;/h1&gt;&lt;p&gt;Anticipate the future of your region's industries: import official statistics, see strengths and lifecycles, build scenarios with experts, test policies.&lt;/p&gt;</source>
        <translation type="unfinished" />
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
    <name>parent</name>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="35" />
        <source>About Anticipa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="36" />
        <source>&lt;h3&gt;Anticipa {version}&lt;/h3&gt;&lt;p&gt;Regional industries: data, specialisation, lifecycles, scenarios and policy, offline.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="380" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="380" />
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="388" />
        <source>Open a project first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="388" />
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
</context>
</TS>