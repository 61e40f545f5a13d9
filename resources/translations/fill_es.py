"""Fill anticipa_es.ts with the Spanish texts below (run after pyside6-lupdate, before lrelease).

anticipa_es.ts is the translation that ships: a translator finishes new strings there, in Qt
Linguist (pyside6-linguist) or a text editor. This dictionary only re-applies the first texts,
so it never needs to grow.

Usage: .venv/bin/python resources/translations/fill_es.py
"""

import xml.etree.ElementTree as ET
from pathlib import Path

SPANISH = {
    "Data": "Datos", "Analysis": "Análisis", "Lifecycles & competencies":
    "Ciclos de vida y competencias", "Scenarios": "Escenarios", "Policy & signals":
    "Políticas y señales", "Reports": "Informes", "Observations": "Observaciones",
    "Measure": "Medida", "Region": "Región", "Industry": "Rama", "Year": "Año", "All": "Todas",
    "{n} observations": "{n} observaciones", "Observation": "Observación",
    "Loading the chart…": "Cargando el gráfico…", "Inspector": "Inspector",
    "&File": "&Archivo", "&New project…": "&Nuevo proyecto…", "&Open project…":
    "&Abrir proyecto…", "Open the &demo": "Abrir la &demostración", "Recent projects":
    "Proyectos recientes", "&Tools": "&Herramientas", "&Close project": "&Cerrar proyecto",
    "&Quit": "&Salir", "&Edit": "&Edición", "&Undo": "&Deshacer", "&Redo": "&Rehacer",
    "&View": "&Ver", "&Help": "A&yuda", "&About Anticipa": "&Acerca de Anticipa",
    "&Undo {what}": "&Deshacer {what}", "&Redo {what}": "&Rehacer {what}",
    "New project": "Nuevo proyecto", "Anticipa projects (*.anticipa)":
    "Proyectos de Anticipa (*.anticipa)", "Open project": "Abrir proyecto",
    "Save the demo project as": "Guardar el proyecto de demostración como",
    "Building the demo project": "Creando el proyecto de demostración",
    "Demo project": "Proyecto de demostración", "Demo not built: cancelled.":
    "Demostración no creada: cancelada.", "Inspector — {title}": "Inspector — {title}",
    "Open a project first, then drop the workbook.":
    "Abra primero un proyecto y luego suelte el libro.",
    "Importing workbooks is not available in this version.":
    "La importación de libros no está disponible en esta versión.",
    "No value: {flag}": "Sin valor: {flag}", "missing": "falta", "Cancel": "Cancelar",
    "New project…": "Nuevo proyecto…", "Open project…": "Abrir proyecto…",
    "Open the demo": "Abrir la demostración", "<b>Recent projects</b>":
    "<b>Proyectos recientes</b>", "No recent projects yet.": "Aún no hay proyectos recientes.",
    "Select rows in the table to chart their series.":
    "Seleccione filas de la tabla para ver sus series.",
    "Value": "Valor", "Unit": "Unidad", "Flag": "Marca", "Source": "Fuente", "Cell": "Celda",
    # views of the sections
    "Portfolio": "Cartera", "Shift-share": "Shift-share", "LQ heatmap": "Mapa de calor de CL",
    "Relatedness network": "Red de proximidad", "Opportunities": "Oportunidades",
    "Rankings": "Clasificaciones", "Timeline": "Evolución", "Lifecycle map":
    "Mapa de ciclos de vida", "Register": "Registro", "Competency matrix":
    "Matriz de competencias", "Network": "Red", "Competency portfolio":
    "Cartera de competencias", "Dynamics": "Dinámica", "Priorities": "Prioridades",
    "Study": "Estudio", "Cross impacts": "Impactos cruzados", "Experts": "Expertos",
    "MICMAC": "MICMAC", "2x2 axes": "Ejes 2x2",
    "<p><i>Select an item in this section to see its details here.</i></p>":
    "<p><i>Seleccione un elemento de esta sección para ver aquí sus detalles.</i></p>",
    # reports
    "What goes out to officials and field offices, and what comes back. Every export runs in "
    "the background with a progress bar and Cancel; a cancelled or failed export leaves no file "
    "behind.": "Lo que sale hacia funcionarios y oficinas de campo, y lo que vuelve. Cada "
    "exportación se ejecuta en segundo plano con barra de progreso y Cancelar; una exportación "
    "cancelada o fallida no deja ningún archivo.",
    "Export…": "Exportar…", "Merge a package…": "Fusionar un paquete…",
    "Between offices": "Entre oficinas", "Office": "Oficina", "File": "Archivo",
    "Merged": "Fusionado", "What came in": "Qué llegó", "None yet": "Ninguno todavía",
    "Expert questionnaires": "Cuestionarios de expertos", "none yet": "ninguno todavía",
    "{0} (experts: {1})": "{0} (expertos: {1})",
    "Exchange (tidy)": "Intercambio (ordenado)", "Official tables": "Cuadros oficiales",
    "Collection template": "Plantilla de recogida", "Report workbook": "Libro de informe",
    "Export to Excel": "Exportar a Excel", "Layout": "Formato", "Selection": "Selección",
    "Measures": "Medidas", "Years": "Años", "to": "a", "Export": "Exportar",
    "Browse…": "Examinar…", "Merge": "Fusionar", "Check": "Comprobar",
}


def main() -> None:
    path = Path(__file__).with_name("anticipa_es.ts")
    tree = ET.parse(path)
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in SPANISH:
            translation.text = SPANISH[source]
            translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main()
