<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name />
    <message>
        <source>Exchange (tidy)</source>
        <translation>Intercambio (ordenado)</translation>
    </message>
    <message>
        <source>Official tables</source>
        <translation>Cuadros oficiales</translation>
    </message>
    <message>
        <source>Collection template</source>
        <translation>Plantilla de recogida</translation>
    </message>
    <message>
        <source>Report workbook</source>
        <translation>Libro de informe</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <comment>Stars</comment>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <comment>Mature</comment>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <comment>Emerging</comment>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <comment>Transforming</comment>
        <translation>Cartera</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="33" />
        <source>Import workbook…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="36" />
        <source>Import batches…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="39" />
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="42" />
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
        <location filename="../../desktop_app/ui/analysis/state.py" line="99" />
        <source>The project holds no data yet: import a workbook first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/state.py" line="132" />
        <source>Computing the regional indicators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/state.py" line="173" />
        <source>Nothing was left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/state.py" line="174" />
        <source>Left out: </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BalanceBars</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="139" />
        <source>Select a scenario.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="189" />
        <source>holds by {0:g}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="191" />
        <source>holds, tied with another variant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="193" />
        <source>does not hold: short by {0:g}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="233" />
        <source>what tips it towards {0!r} (+) or {1!r} (-):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="42" />
        <source>Check before importing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="44" />
        <source>Nothing has been written yet. Import writes everything as one batch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="53" />
        <source>Before importing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="55" />
        <source>Rows to be written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="58" />
        <source>Also show how text was read as numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="64" />
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="64" />
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="64" />
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="70" />
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="77" />
        <source>Replace the project's values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="78" />
        <source>Keep the project's values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="79" />
        <source>Ask for each value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="92" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="93" />
        <source>Industry</source>
        <translation>Rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="94" />
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="95" />
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="96" />
        <source>In the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="97" />
        <source>In the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="98" />
        <source>Keep the project's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="104" />
        <source>Changed values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="108" />
        <source>Export the report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="112" />
        <source>Save the choices as the recipe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="114" />
        <source>recipe name, e.g. INE employment by branch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="124" />
        <source>&lt;b&gt;{file}&lt;/b&gt;, sheet &lt;b&gt;{sheet}&lt;/b&gt;: {rows} rows read. Values: &lt;b&gt;{new}&lt;/b&gt; new, &lt;b&gt;{changed}&lt;/b&gt; changed, &lt;b&gt;{unchanged}&lt;/b&gt; unchanged; &lt;b&gt;{rejected}&lt;/b&gt; rejected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="137" />
        <source>Cells: {read} read = {used} used + {explained} explained (listed below with their reasons).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="146" />
        <source>&lt;span style='color:#b3261e'&gt;This file was imported before ({when}).&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="150" />
        <source>&lt;span style='color:#b3261e'&gt;The recipe no longer matches this file; nothing can be imported with it.&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="163" />
        <source>New in the project: {r} region(s), {i} industry(ies).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="166" />
        <source>{n} label(s) will be remembered as aliases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="175" />
        <source>Before importing ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="183" />
        <source>Changed values ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="205" />
        <source>Every cell was read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="211" />
        <source>rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="212" />
        <source>not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="213" />
        <source>note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="225" />
        <source>Problems ({n}) and notes ({m})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="268" />
        <source>Export the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="268" />
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="280" />
        <source>Exporting the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="283" />
        <source>Report written to {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="331" />
        <source>Import cancelled; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="336" />
        <source>The import failed; nothing was written: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="342" />
        <source>Importing {n} values…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/check_page.py" line="344" />
        <source>Importing {name}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChooserBar</name>
    <message>
        <location filename="../../desktop_app/ui/analysis/state.py" line="196" />
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/state.py" line="197" />
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/state.py" line="198" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/state.py" line="199" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/state.py" line="200" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="43" />
        <source>&lt;h2&gt;{title}&lt;/h2&gt;&lt;p&gt;{coming}&lt;/p&gt;&lt;p&gt;&lt;i&gt;This section is not available in this version yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CrossImpactModel</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="109" />
        <source>Self-impact block: closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="133" />
        <source>{value!r} is not a whole number from -{k} to +{k}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="143" />
        <source>Set {cell} to {value}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="46" />
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="47" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="48" />
        <source>Industry</source>
        <translation>Rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="49" />
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="81" />
        <source>Loading the chart…</source>
        <translation>Cargando el gráfico…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="115" />
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="147" />
        <source>{n} observations</source>
        <translation>{n} observaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="153" />
        <source>Stored {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="154" />
        <source>no value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/data_view.py" line="217" />
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
</context>
<context>
    <name>DescriptorDialog</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="49" />
        <source>New descriptor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="52" />
        <source>One variant per line, at least two</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="55" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="56" />
        <source>Variants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="57" />
        <source>Definition</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DoubtsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/importer/doubts_panel.py" line="39" />
        <source>Import anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/doubts_panel.py" line="40" />
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/doubts_panel.py" line="41" />
        <source>What looks wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/doubts_panel.py" line="42" />
        <source>What settles it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/doubts_panel.py" line="67" />
        <source>Listed as "{code}" in the recipe's accept field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/doubts_panel.py" line="104" />
        <source>The mapping looks wrong in {n} way(s); nothing can be imported until each is settled. Go Back and change what a reason names, or tick Import anyway if the mapping is right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/doubts_panel.py" line="111" />
        <source>Every reason is settled or accepted.</source>
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
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="41" />
        <source>Mean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="42" />
        <source>Median</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="43" />
        <source>Sum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="62" />
        <source>Consistent scenarios of the combined matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="74" />
        <source>The consistent scenarios were not all found within {s:g} s, so the cells that change them are not listed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="113" />
        <source>{src} → {dst}: experts differ by {v:g}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="131" />
        <source>Combine experts by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="135" />
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="308" />
        <source>Experts</source>
        <translation>Expertos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="142" />
        <source>Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="143" />
        <source>Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="144" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="158" />
        <source>Spread of the judgements (largest − smallest)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="163" />
        <source>Judgement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="163" />
        <source>Spread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="163" />
        <source>Scenarios at risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="171" />
        <source>Disagreements that change the result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="174" />
        <source>Find the judgements that matter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="218" />
        <source>With one expert there is nothing to compare: add experts (or import their questionnaires) to see where they disagree.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="238" />
        <source>Press “Find the judgements that matter” to see which disagreements change the consistent scenarios.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="257" />
        <source>Looking for the consistent scenarios of the combined matrix…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="260" />
        <source>Expert disagreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="299" />
        <source>{n} consistent scenario(s) under the combined matrix; {k} judgement(s) on which the experts differ by more than the margin a scenario holds by.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="315" />
        <source>Combine experts by {m}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="322" />
        <source>Add expert {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="328" />
        <source>Rename expert to {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="338" />
        <source>Remove expert {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="343" />
        <source>Add expert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="343" />
        <source>Expert's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="351" />
        <source>Rename expert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/experts.py" line="351" />
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
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="100" />
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="249" />
        <source>Export to Excel</source>
        <translation>Exportar a Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="103" />
        <source>Layout</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="118" />
        <source>Selection</source>
        <translation>Selección</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="122" />
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
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="149" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="151" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="163" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="179" />
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="185" />
        <source>Lifecycles of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="191" />
        <source>{name}: {n} scenarios stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="192" />
        <source>{name}: not solved yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="194" />
        <source>Scenario studies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="211" />
        <source>Export to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="211" />
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="233" />
        <source>Choose a file ending in .xlsx.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="237" />
        <source>Check the regions whose lifecycles the report shows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="247" />
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="259" />
        <source>Wrote {0}: {1} observations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="264" />
        <source>Exported {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="267" />
        <source>The export failed: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="270" />
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportLayouts</name>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="53" />
        <source>Exchange (tidy)</source>
        <translation>Intercambio (ordenado)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="54" />
        <source>One observation per row with classifications, aliases and sources; another Anticipa imports it unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="62" />
        <source>Official tables</source>
        <translation>Cuadros oficiales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="63" />
        <source>One table per measure and industry, regions by year, with titles, units and source notes, as statistics offices publish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="71" />
        <source>Collection template</source>
        <translation>Plantilla de recogida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="72" />
        <source>A workbook for officials to fill in, with drop-down lists of regions, industries, measures and years; it imports with no mapping.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="80" />
        <source>Report workbook</source>
        <translation>Libro de informe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="81" />
        <source>Indicator tables (location quotients, shift-share, concentration, complexity), lifecycle stages, competencies and scenario results, with Excel charts and colour highlights.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FuturesView</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="91" />
        <source>observed</source>
        <extracomment>Okabe-Ito, one colour per scenario (colour-blind safe).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="137" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="138" />
        <source>Horizon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="139" />
        <source>Baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="140" />
        <source>Draws</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="156" />
        <source>Industry</source>
        <translation>Rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="158" />
        <source>Save chart...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="178" />
        <source>Change of annual growth in percentage points: one number, or low / mode / high. Column * applies to every industry. Paste blocks from Excel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="186" />
        <source>Import effects workbook...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="189" />
        <source>Sheets Effects (descriptor, variant, industry, low, mode, high) and Shocks (descriptor, variant, industry, start, depth, recovery_years); they replace the study's effects and shocks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="200" />
        <source>At the horizon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="201" />
        <source>Tornado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="204" />
        <source>All industries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="205" />
        <source>Effects and shocks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="275" />
        <source>Choose a study with scenarios and a region.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="293" />
        <source>Computing the futures ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="295" />
        <source>Projecting the scenarios</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="303" />
        <source>{region}, {measure}: {n} industries, {s} scenarios, {d} draws (seed {seed}). Bands: P10-P90; lines: median.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="313" />
        <source> Left out: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="318" />
        <source>Total of the region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="349" />
        <source>horizon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="364" />
        <source>Save chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="364" />
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="395" />
        <source>Chart saved to {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="437" />
        <source>change of the total in {0} against the baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="446" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="448" />
        <source>Gained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="449" />
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="450" />
        <source>Herfindahl</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="451" />
        <source>Entropy (bits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="460" />
        <source>Today ({0}): {1:.3f}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="465" />
        <source>Today ({0}): {1:.2f}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="513" />
        <source>Shocks: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="516" />
        <source>{variant} → {industry} {depth:+.0f} % in {start}, back in {years} years ({shape})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="529" />
        <source>No shocks (import them with an effects workbook).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="540" />
        <source>Edit effect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="546" />
        <source>This project is open read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="574" />
        <source>Effects workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="574" />
        <source>Workbooks (*.xlsx *.xls *.ods)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="582" />
        <source>Choose a study in a project open for writing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="590" />
        <source>{e} effects and {s} shocks imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/futures_view.py" line="616" />
        <source>Paste {n} effects</source>
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
        <location filename="../../desktop_app/ui/importer/batches.py" line="35" />
        <source>Import batches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="39" />
        <source>Every import is one batch. Undoing a batch removes the values it brought and puts back the values it replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="48" />
        <source>Batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="49" />
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="50" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="51" />
        <source>Sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="52" />
        <source>Recipe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="53" />
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="54" />
        <source>Values now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="55" />
        <source>Undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="72" />
        <source>Undo this import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="112" />
        <source>Nothing has been imported into this project yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="132" />
        <source>Undo import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="134" />
        <source>Remove every value import batch {batch} brought and put back the values it replaced?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="153" />
        <source>Import batch {batch} undone: {n} values removed or put back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="160" />
        <source>Import batch {batch} undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/batches.py" line="170" />
        <source>Undoing import batch {batch}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="73" />
        <location filename="../../desktop_app/ui/importer/wizard.py" line="301" />
        <source>Import {name}</source>
        <extracomment>Page ids, in order.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="76" />
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="154" />
        <source>Stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="188" />
        <source>Imported {n} values from {file} (import batch {batch}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="216" />
        <source>{name} cannot be imported as it is; nothing was written. {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="224" />
        <source>Import cancelled; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="227" />
        <source>an Anticipa exchange workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="229" />
        <source>a filled collection template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="232" />
        <source>{name} is {kind}: importing it, no mapping needed…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="237" />
        <source>Importing {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="254" />
        <source>Imported {new} new and {changed} changed values from {file} (import batch {batch}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="265" />
        <source>Nothing was written: {file} holds no new or changed values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="271" />
        <source>{n} values were already in the project as they are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="277" />
        <source>{n} changed values were kept as the project had them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="284" />
        <source>Added {regions} regions, {industries} industries, {measures} measures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="289" />
        <source>{n} template rows were left empty and skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/wizard.py" line="295" />
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
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="47" />
        <source>(not read)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="48" />
        <source>value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="49" />
        <source>region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="50" />
        <source>region code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="51" />
        <source>region name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="52" />
        <source>industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="53" />
        <source>industry code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="54" />
        <source>industry name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="55" />
        <source>year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="56" />
        <source>measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="57" />
        <source>unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="58" />
        <source>flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="65" />
        <location filename="../../desktop_app/ui/importer/table_page.py" line="76" />
        <source>(nothing to read)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="66" />
        <source>years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="67" />
        <location filename="../../desktop_app/ui/importer/table_page.py" line="77" />
        <source>regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="68" />
        <location filename="../../desktop_app/ui/importer/table_page.py" line="78" />
        <source>industries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="69" />
        <location filename="../../desktop_app/ui/importer/table_page.py" line="79" />
        <source>measures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="85" />
        <source>units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="86" />
        <source>thousands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="87" />
        <source>millions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="88" />
        <source>billions</source>
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
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="23" />
        <source>Match the labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="26" />
        <source>These regions and industries are not in the project yet. Choose what each one is; a label matched once is remembered as an alias. Unmatched labels are added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="33" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="34" />
        <source>Label in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="35" />
        <source>Values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="36" />
        <source>Closest in the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="37" />
        <source>Use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="48" />
        <source>Take every first suggestion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="50" />
        <source>Add all as new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="60" />
        <source>region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="60" />
        <source>industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="75" />
        <source>nothing alike</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="78" />
        <source>Add as a new {kind}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="82" />
        <source>the entry with the same code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="91" />
        <source>{n} label(s) not in the project; {f} with suggestions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/labels_page.py" line="131" />
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
        <location filename="../../desktop_app/ui/lifecycles/state.py" line="63" />
        <source>The project holds no data yet: import a workbook first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/state.py" line="80" />
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
        <location filename="../../desktop_app/ui/main_window.py" line="141" />
        <location filename="../../desktop_app/ui/main_window.py" line="356" />
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="174" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="175" />
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="176" />
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="178" />
        <source>Open the &amp;demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="179" />
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="187" />
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="195" />
        <source>&amp;Close project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="197" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="199" />
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="200" />
        <location filename="../../desktop_app/ui/main_window.py" line="240" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="201" />
        <location filename="../../desktop_app/ui/main_window.py" line="242" />
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="203" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="212" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="213" />
        <source>&amp;About Anticipa</source>
        <translation>&amp;Acerca de Anticipa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="239" />
        <source>&amp;Undo {what}</source>
        <translation>&amp;Deshacer {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="241" />
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rehacer {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="246" />
        <location filename="../../desktop_app/ui/main_window.py" line="253" />
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="247" />
        <location filename="../../desktop_app/ui/main_window.py" line="259" />
        <location filename="../../desktop_app/ui/main_window.py" line="266" />
        <source>Anticipa projects (*.anticipa)</source>
        <translation>Proyectos de Anticipa (*.anticipa)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="258" />
        <location filename="../../desktop_app/ui/main_window.py" line="287" />
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="264" />
        <source>Save the demo project as</source>
        <translation>Guardar el proyecto de demostración como</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="274" />
        <source>Building the demo project</source>
        <translation>Creando el proyecto de demostración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="278" />
        <source>Demo project</source>
        <translation>Proyecto de demostración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="280" />
        <source>Demo not built: cancelled.</source>
        <translation>Demostración no creada: cancelada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="300" />
        <source>Read-only: {reason} Changes made here cannot be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="356" />
        <source>Inspector — {title}</source>
        <translation>Inspector — {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="359" />
        <source>&lt;p&gt;&lt;i&gt;Select an item in this section to see its details here.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Seleccione un elemento de esta sección para ver aquí sus detalles.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="398" />
        <source>Open a project first, then drop the workbook.</source>
        <translation>Abra primero un proyecto y luego suelte el libro.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="402" />
        <source>Importing workbooks is not available in this version.</source>
        <translation>La importación de libros no está disponible en esta versión.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="405" />
        <source>This project is open read-only; nothing can be imported into it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="432" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="432" />
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="440" />
        <source>Open a project first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="440" />
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
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
    <name>MatrixEditor</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="189" />
        <source>Expert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="194" />
        <source>Add expert…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="195" />
        <source>Questionnaire…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="196" />
        <source>Import answers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="218" />
        <source>Comment on this judgement (Enter saves)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="263" />
        <source>Add an expert to enter judgements.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="267" />
        <source>Type -{k}..+{k} in a cell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="269" />
        <source> (this study's scale: it holds judgements beyond ±3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="271" />
        <source>Row impacts column. {scale}; orange restricts, blue promotes; grey blocks (a descriptor on itself) are closed. Ctrl+C / Ctrl+V copy and paste blocks with Excel; Delete sets 0; Ctrl+Z undoes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="291" />
        <source>The self-impact block of {names} is not zero (as stored in the imported file). Its values are counted in every impact balance, as ScenarioWizard does; the block stays closed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="321" />
        <source>Comment on {cell}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="369" />
        <source>The block does not fit: it reaches past the last variant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="378" />
        <source>{value!r} for {cell} is not a whole number from -{k} to +{k}; nothing was pasted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="389" />
        <source>Paste {n} judgements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="393" />
        <source>{n} value(s) on self-impact blocks were left out (the blocks are closed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="399" />
        <source>Cross impacts</source>
        <translation>Impactos cruzados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="413" />
        <source>Clear {n} judgements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="420" />
        <source>Add expert {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="447" />
        <source>Import answers from {file}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="459" />
        <source>Add expert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="459" />
        <source>Expert's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="466" />
        <source>Questionnaire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="466" />
        <source>For which expert?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="471" />
        <source>Save questionnaire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="473" />
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="478" />
        <source>Questionnaire with {n} pairs written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="483" />
        <source>Import an expert's answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/matrix_editor.py" line="483" />
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
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="302" />
        <source>Merge another office's project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="306" />
        <source>The other office's project file (.anticipa)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="307" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="309" />
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="316" />
        <source>Choose a project package and press Check: nothing is written until you merge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="323" />
        <source>Take theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="324" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="325" />
        <source>Here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="326" />
        <source>Theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="327" />
        <source>Their source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="341" />
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="382" />
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="351" />
        <source>Project package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="351" />
        <source>Anticipa project (*.anticipa)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="369" />
        <source>{0} is not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="393" />
        <source>{0} would bring: {1}. {2} conflict(s): tick those where {0}'s version should win, then Merge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="397" />
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="404" />
        <source>nothing new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="402" />
        <source>Merged from {0}: {1}. {2} conflict(s) taken from {0}, the others kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="422" />
        <source>The merge failed: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/dialogs.py" line="426" />
        <source>Cancelled; the project is unchanged.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MicmacView</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="46" />
        <source>determinant</source>
        <extracomment>Width kept for the descriptor names in the ranking table, in pixels.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="47" />
        <source>relay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="48" />
        <source>dependent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="49" />
        <source>autonomous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="62" />
        <source>Direct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="63" />
        <source>Indirect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="75" />
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="206" />
        <source>Dependence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="76" />
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="205" />
        <source>Influence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="91" />
        <source>Influence of the row on the column: 0 none, 1 weak, 2 moderate, 3 strong. Once any value is entered, the map uses these instead of the cross impacts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="100" />
        <source>Ranking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="101" />
        <source>Entered influences (0-3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="122" />
        <source>No scenario study with two or more descriptors yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="133" />
        <source>entered 0-3 influences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="135" />
        <source>mean absolute cross impact between descriptors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="139" />
        <source>Influences: {0}. Indirect: matrix power {1}, where the ranking is stable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="162" />
        <source>direct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="162" />
        <source>indirect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="163" />
        <source>Dependence ({which})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="164" />
        <source>Influence ({which})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="202" />
        <source>Descriptor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="209" />
        <source>Shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="203" />
        <source>Quadrant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="204" />
        <source>Rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="269" />
        <source>Enter a whole number from 0 to 3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/micmac_view.py" line="281" />
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
        <location filename="../../desktop_app/ui/data/observation_model.py" line="44" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="45" />
        <source>Industry</source>
        <translation>Rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="46" />
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="47" />
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="48" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="49" />
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="50" />
        <source>Flag</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="51" />
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="52" />
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="132" />
        <source>No value: {flag}</source>
        <translation>Sin valor: {flag}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/observation_model.py" line="132" />
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
    <name>Portfolio</name>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="26" />
        <source>Stars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="27" />
        <source>Mature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="28" />
        <source>Emerging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="29" />
        <source>Transforming</source>
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
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="60" />
        <source>Location quotient (last year)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="61" />
        <source>Change of the location quotient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="64" />
        <source>Hover over a bubble for its numbers; click it for the industry's detail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="66" />
        <source>Horizontal axis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="87" />
        <source>Change of LQ {years}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="89" />
        <source>Location quotient {year}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="91" />
        <source>Growth per year {years} (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="93" />
        <source>{region}: industries against {reference}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="164" />
        <source>National share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="165" />
        <source>Industry mix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="166" />
        <source>Regional share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/portfolio.py" line="193" />
        <source>{code} {name}: LQ {lq}, growth {growth} %/yr, {size} {unit} — {quadrant}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="34" />
        <source>Filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="37" />
        <source>text in any field, e.g. a region, a year or a cell</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="63" />
        <source>Per region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="64" />
        <source>Per industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="65" />
        <source>Per year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="67" />
        <source>Values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="101" />
        <source>first rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="101" />
        <source>sample</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/preview_panel.py" line="111" />
        <source>{n} of {m} rows</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrioritiesView</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="53" />
        <source>Criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="53" />
        <source>Indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="53" />
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="53" />
        <source>Better when</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="66" />
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="212" />
        <source>Rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="68" />
        <source>Add criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="69" />
        <source>New criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="70" />
        <source>Remove criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="76" />
        <source>Stability band ±</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="82" />
        <source>Set the weights, then Rank.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="87" />
        <source>Score (sum of the weighted parts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="127" />
        <source>higher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="128" />
        <source>lower</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="151" />
        <source>criteria table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="172" />
        <source>Ranking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="174" />
        <source>Ranking the industries of %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="196" />
        <source>holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="198" />
        <source>may swap with %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="208" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="209" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="210" />
        <source>Stability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="211" />
        <source>Rank range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="213" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/priorities_view.py" line="243" />
        <source>%d of %d ranks hold for every weight within ±%d %%. Missing values (scored worst): %d.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="25" />
        <source>Anticipa ran into a fault ({kind}: {error}). Please report it, with what you were doing.</source>
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
        <location filename="../../desktop_app/ui/lifecycles/state.py" line="143" />
        <source>Refit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/state.py" line="144" />
        <source>Fit the S-curves again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/state.py" line="147" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/state.py" line="150" />
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/state.py" line="176" />
        <source>Reference: %s; years %d-%d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/state.py" line="182" />
        <source>Fitting S-curves…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="68" />
        <source>Add competency…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="69" />
        <source>Add institution…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="70" />
        <source>Delete selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="71" />
        <source>Import workbook…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="72" />
        <source>Export workbook…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="76" />
        <source>Double-click a cell to edit it; every edit can be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="80" />
        <source>Competencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="81" />
        <source>Meso institutions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="101" />
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="172" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="102" />
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="181" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="103" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="104" />
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="105" />
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="106" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="153" />
        <source>No region %r in the project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="172" />
        <source>New %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="177" />
        <source>%s already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="193" />
        <source>Delete from the register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="210" />
        <source>Import a register workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="212" />
        <source>Workbooks (*.xlsx *.xls *.ods)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="228" />
        <source>Importing the register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="237" />
        <source>Imported %s: added %s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="237" />
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="241" />
        <source>Register import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="246" />
        <source>Export the register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="246" />
        <source>Workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="259" />
        <source>Exporting the register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycles/register_view.py" line="261" />
        <source>Register written to %s</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="139" />
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
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="278" />
        <source>0: consistent scenarios only; k: also those with inconsistency up to k</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="280" />
        <source>Find scenarios</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="281" />
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="453" />
        <source>Robustness across experts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="283" />
        <source>Inconsistency up to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="311" />
        <source>Scenario name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="314" />
        <source>What this future looks like, in a few sentences.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="316" />
        <source>Save name and narrative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="325" />
        <source>Why it holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="326" />
        <source>Compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="327" />
        <source>Name and narrative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="329" />
        <source>Succession</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="352" />
        <source>No scenario study yet: create or import one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="371" />
        <source>{0} descriptors, {1} combinations, {2} stored scenarios.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="377" />
        <source>Select a scenario.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="379" />
        <source>No scenarios stored yet: press “Find scenarios”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="401" />
        <source>Finding scenarios</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="418" />
        <source>Stopped; the stored scenarios are unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="429" />
        <source>Solving each expert's matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="448" />
        <source>{0} scenarios hold under at least one expert's matrix, {1} under all {2}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="469" />
        <source>Name scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="503" />
        <source>TIS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="505" />
        <source>Scenario {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="517" />
        <source>Differs from the first selected scenario</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScenarioTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="77" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="78" />
        <source>TIS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="79" />
        <source>IC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="80" />
        <source>Experts</source>
        <translation>Expertos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/solve_view.py" line="96" />
        <source>Variant {0} of {1}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="73" />
        <source>System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="74" />
        <source>Policy lever</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="75" />
        <source>Context</source>
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
        <location filename="../../desktop_app/ui/scenarios/views.py" line="16" />
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/views.py" line="20" />
        <source>Cross impacts</source>
        <translation>Impactos cruzados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/views.py" line="25" />
        <source>Experts</source>
        <translation>Expertos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/views.py" line="30" />
        <location filename="../../desktop_app/ui/views.py" line="81" />
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/views.py" line="33" />
        <source>MICMAC</source>
        <translation>MICMAC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/views.py" line="36" />
        <source>2x2 axes</source>
        <translation>Ejes 2x2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/views.py" line="40" />
        <source>Futures</source>
        <translation type="unfinished" />
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
        <location filename="../../desktop_app/ui/exchange/reports_view.py" line="156" />
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
    <name>SheetGrid</name>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="56" />
        <source>Title</source>
        <extracomment>Row kinds, in the order the legend shows them. Light tints of the Okabe-Ito colours (colour-blind safe), one per row kind.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="57" />
        <source>Header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="58" />
        <source>Labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="59" />
        <source>Values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="60" />
        <source>Subtotal (skipped)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="61" />
        <source>Heading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="62" />
        <source>Repeated header (skipped)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="63" />
        <source>Footnote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/grid_model.py" line="64" />
        <source>Skipped</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="32" />
        <source>Choose the sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="35" />
        <source>Each sheet of {name} with its first rows. Pick the one that holds the table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="49" />
        <source>Saved recipes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="53" />
        <source>Import with this recipe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="75" />
        <source>Reading {name}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="76" />
        <source>Reading {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="95" />
        <source>{name} (hidden)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="103" />
        <source>No table of numbers in the first rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="113" />
        <source>{name} (sheet {sheet})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="115" />
        <source>{name} (no sheet {sheet} here)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="121" />
        <source>No recipe saved in this project yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="124" />
        <source>{n} sheet(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="191" />
        <source>{sheet}: no table of numbers found on this sheet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="200" />
        <source>Reading sheet {sheet}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="202" />
        <source>Reading {sheet}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="232" />
        <source>Reading {name} with the recipe {recipe}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/sheet_page.py" line="236" />
        <source>Import with {recipe}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShiftShareView</name>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="42" />
        <source>Classic (Dunn)</source>
        <extracomment>Esteban-Marquillas: the regional share is the competitive effect, plus an allocation effect.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="43" />
        <source>Esteban-Marquillas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="44" />
        <source>Dynamic (year by year)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="47" />
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="51" />
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="155" />
        <source>Industry</source>
        <translation>Rama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="65" />
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="67" />
        <source>National share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="65" />
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="67" />
        <source>Industry mix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="66" />
        <source>Competitive effect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="66" />
        <source>Allocation effect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="67" />
        <source>Regional share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="77" />
        <source>All industries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="97" />
        <source>{title}, {y0}-{y1}, against {reference}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="105" />
        <source>{title}: left out (see below)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="152" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="155" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/analysis/shift_share_view.py" line="155" />
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
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="89" />
        <source>New…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="90" />
        <source>Import…</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="100" />
        <source>Descriptor / variant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="101" />
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="156" />
        <source>Short name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="102" />
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="157" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="103" />
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="159" />
        <source>Definition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="112" />
        <source>Add descriptor…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="113" />
        <source>Add variant…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="114" />
        <source>Remove</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="132" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="142" />
        <source>System: part of what the scenarios explain. Lever: set by policy (hold it with an intervention). Context: external, not influenced by the others.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="151" />
        <source>The descriptor's judgements of the others count this many times (1: as judged)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="153" />
        <source>Selected descriptor or variant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="158" />
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="160" />
        <source>Apply changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="191" />
        <source>No study yet: create one or import a ScenarioWizard file or an Excel matrix.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="199" />
        <source>{d} descriptors, {v} variants, {c:,} combinations, {e} expert(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="283" />
        <source>Edit study {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="288" />
        <source>Add descriptor {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="294" />
        <source>Add variant {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="305" />
        <source>Remove descriptor {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="309" />
        <source>Remove variant {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="316" />
        <source>New study {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="332" />
        <source>Import {file}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="350" />
        <source>Scenario study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="362" />
        <source>Written {file}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="373" />
        <source>Delete the study {name} with all its judgements and scenarios? Undo brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="381" />
        <source>Delete study {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="389" />
        <source>New study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="389" />
        <source>Name of the study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="396" />
        <source>Import a scenario study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="398" />
        <source>ScenarioWizard or Excel (*.scw *.xlsx *.xls *.ods)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="408" />
        <source>Export the study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="410" />
        <source>ScenarioWizard (*.scw);;Excel matrix (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="427" />
        <source>Add variant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/scenarios/study_editor.py" line="427" />
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
        <location filename="../../desktop_app/ui/importer/table_page.py" line="95" />
        <source>Find the table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="98" />
        <source>The rows are tinted by what will be read. Select rows and use the buttons (or right-click) to correct the header and the data rows; give each column its role (select several columns to give them one role at once).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="106" />
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="108" />
        <source>Apply to all sheets like this one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="111" />
        <source>Read every sheet whose header is the same with these choices, as one import (the others are listed and left out); a recipe saved from it serves them all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="130" />
        <location filename="../../desktop_app/ui/importer/table_page.py" line="484" />
        <source>Header rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="131" />
        <location filename="../../desktop_app/ui/importer/table_page.py" line="485" />
        <source>First data row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="132" />
        <location filename="../../desktop_app/ui/importer/table_page.py" line="486" />
        <source>Last data row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="133" />
        <source>Skip rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="140" />
        <source>Applies to the rows selected in the grid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="151" />
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="154" />
        <source>Selected columns:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="158" />
        <source>Give them this role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="160" />
        <source>Columns selected in the grid or in the list below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="173" />
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="173" />
        <source>Header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="173" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="182" />
        <source>What the headers and block headings hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="193" />
        <source>What the one-cell headings over stacked blocks ('Stadt Göttingen', 'Deutschland') name; recipe field section_role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="198" />
        <source>The block headings are</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="201" />
        <source>Read the region of all values from each sheet (recipe field region_from)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="204" />
        <source>The region of all values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="207" />
        <source>not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="208" />
        <source>the mean of its periods (stocks, e.g. jobs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="209" />
        <source>the sum of its periods (flows)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="210" />
        <source>its last period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="214" />
        <source>period {rule} only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="216" />
        <source>How months or quarters form a year (recipe field periods)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="219" />
        <source>A year from months or quarters is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="221" />
        <source>kept, flagged incomplete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="221" />
        <source>left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="225" />
        <source>A year with missing periods (recipe field incomplete_years)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="228" />
        <source>A year with missing periods is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="251" />
        <source>Year of all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="252" />
        <source>Region of all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="253" />
        <source>Industry of all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="260" />
        <source>Region of all values (recipe field fixed.region)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="262" />
        <source>Industry of all values (recipe field fixed.industry)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="264" />
        <source>Year of all values (recipe field fixed.year)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="232" />
        <source>What the values are</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="235" />
        <source>e.g. employment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="242" />
        <source>from the table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="248" />
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="249" />
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="250" />
        <source>Scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="390" />
        <source>Header row {row}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="390" />
        <source>Headers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="415" />
        <source>Header rows {headers}; data rows {first} to {last}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="418" />
        <source>the end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="424" />
        <source>Still to say: where the {what} is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="429" />
        <source>Still to say: how a year is formed from its periods.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="487" />
        <source>Skip rows / read them again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="493" />
        <source>Give column(s) {letters} the role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="548" />
        <source>from the table or as typed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="551" />
        <source>from each sheet's name (here: {place})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="556" />
        <source>from each sheet's title (here: {place})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="663" />
        <source>No value could be read with these choices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="674" />
        <source>Reading the values…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/importer/table_page.py" line="675" />
        <source>Mapping {name}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <location filename="../../desktop_app/ui/tasks.py" line="149" />
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
    <name>ValueEntry</name>
    <message>
        <location filename="../../desktop_app/ui/data/value_entry.py" line="60" />
        <source>The value will be cleared (no value).</source>
        <extracomment>The role under which a model gives the stored value itself (EditRole gives its text). A new value this many times larger or smaller than the stored one is pointed out.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/value_entry.py" line="61" />
        <source>{new} will be stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/value_entry.py" line="64" />
        <source> (now {old})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/value_entry.py" line="68" />
        <source>: {ratio} times the stored value</source>
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
    <name>window</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
</context>
</TS>