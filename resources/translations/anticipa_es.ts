<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>ComingPage</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="41" />
        <source>&lt;h2&gt;{title}&lt;/h2&gt;&lt;p&gt;{coming}&lt;/p&gt;&lt;p&gt;&lt;i&gt;This section is not available in this version yet.&lt;/i&gt;&lt;/p&gt;</source>
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
    <name>EditValueCommand</name>
    <message>
        <location filename="../../desktop_app/ui/data/edit_commands.py" line="27" />
        <source>Edit {what}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="121" />
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="154" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="155" />
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="156" />
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="158" />
        <source>Open the &amp;demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="159" />
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="166" />
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="172" />
        <source>&amp;Close project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="174" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="176" />
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="177" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="178" />
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="180" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="189" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="190" />
        <source>&amp;About Anticipa</source>
        <translation>&amp;Acerca de Anticipa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="208" />
        <source>&amp;Undo {what}</source>
        <translation>&amp;Deshacer {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="209" />
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rehacer {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="213" />
        <location filename="../../desktop_app/ui/main_window.py" line="220" />
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="214" />
        <location filename="../../desktop_app/ui/main_window.py" line="226" />
        <location filename="../../desktop_app/ui/main_window.py" line="233" />
        <source>Anticipa projects (*.anticipa)</source>
        <translation>Proyectos de Anticipa (*.anticipa)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="225" />
        <location filename="../../desktop_app/ui/main_window.py" line="254" />
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="231" />
        <source>Save the demo project as</source>
        <translation>Guardar el proyecto de demostración como</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="241" />
        <source>Building the demo project</source>
        <translation>Creando el proyecto de demostración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="245" />
        <source>Demo project</source>
        <translation>Proyecto de demostración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="247" />
        <source>Demo not built: cancelled.</source>
        <translation>Demostración no creada: cancelada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="293" />
        <source>Inspector — {title}</source>
        <translation>Inspector — {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="332" />
        <source>Open a project first, then drop the workbook.</source>
        <translation>Abra primero un proyecto y luego suelte el libro.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="336" />
        <source>Importing workbooks is not available in this version.</source>
        <translation>La importación de libros no está disponible en esta versión.</translation>
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
    <name>Sections</name>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="48" />
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="49" />
        <source>Observations by region, industry, year and measure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="56" />
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="57" />
        <source>Location quotients, shift-share, specialisation and concentration indices, relatedness and economic complexity, opportunities.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="65" />
        <source>Lifecycles &amp; competencies</source>
        <translation>Ciclos de vida y competencias</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="66" />
        <source>S-curve fits and lifecycle stages per industry, the register of competencies and meso institutions, and multi-criteria priorities.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="74" />
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="75" />
        <source>Scenario studies with experts: cross-impact balance, consistent scenarios and why they hold, MICMAC structural analysis.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="83" />
        <source>Policy &amp; signals</source>
        <translation>Políticas y señales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="84" />
        <source>Policy options tested against scenarios, signposts and early signals, experiments with a hypothesis and a decision date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="92" />
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views.py" line="93" />
        <source>Workbooks and briefs for officials: official layouts, data-collection templates, report workbooks and expert questionnaires.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ui/data/views.py" line="9" />
        <source>Observations</source>
        <translation>Observaciones</translation>
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
    <name>TaskPanel</name>
    <message>
        <location filename="../../desktop_app/ui/tasks.py" line="130" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
</TS>