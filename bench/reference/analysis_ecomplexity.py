"""Reference values for tests/core/test_analysis_references.py from the Python package ecomplexity.

Run from the project root: ``.venv/bin/python bench/reference/analysis_ecomplexity.py``.
Prints Python literals (regions and industries in the order of first appearance in the CSV).
"""

import warnings
from importlib import metadata

import ecomplexity
import numpy as np
import pandas as pd

warnings.simplefilter("ignore")
COLUMNS = {"time": "year", "loc": "region", "prod": "industry_code", "val": "employment"}


def literal(name: str, values) -> None:
    print(f"{name} = [{', '.join(repr(float(v)) for v in np.ravel(values))}]")


def main() -> None:
    print(f"# ecomplexity {metadata.version('ecomplexity')}")
    for label, file_name, year in (
        ("DE", "germany_laender_employment.csv", 2014),
        ("EU", "eu28_employment.csv", 2016),
    ):
        data = pd.read_csv(f"tests/fixtures/demo/{file_name}")
        data = data[data.year == year]
        regions, industries = pd.unique(data.region), pd.unique(data.industry_code)
        out = ecomplexity.ecomplexity(data, COLUMNS, check_logsupermodularity=False, verbose=False)
        grid = pd.MultiIndex.from_product([regions, industries])
        out = out.set_index(["region", "industry_code"]).reindex(grid)

        shape = (len(regions), len(industries))

        def table(column, out=out, shape=shape):
            return out[column].to_numpy().reshape(shape)

        print(f"# ecomplexity.ecomplexity on {file_name}, year {year}, rca threshold 1")
        literal(f"ECX_{label}_ECI_{year}", table("eci")[:, 0])
        literal(f"ECX_{label}_PCI_{year}", table("pci")[0])
        literal(f"ECX_{label}_DENSITY_{year}", table("density"))
        literal(f"ECX_{label}_COI_{year}", table("coi")[:, 0])
        literal(f"ECX_{label}_COG_{year}", table("cog"))
        literal(f"ECX_{label}_RCA_{year}", table("rca"))
        prox = ecomplexity.proximity(data, COLUMNS)
        prox = prox.set_index(["industry_code_1", "industry_code_2"])["proximity"]
        literal(
            f"ECX_{label}_PROXIMITY_{year}",
            prox.reindex(pd.MultiIndex.from_product([industries, industries])).to_numpy(),
        )


if __name__ == "__main__":
    main()
