"""`chitieu eval` on every labelled corpus (neutral file names, no manifest, the shared scorer, 5-fold CV): a
regression below these floors fails CI. Floors guard against regressions; they say nothing about accuracy on
unseen documents (README, "Extraction accuracy", has the honest figures: the holdout and the CV)."""

import pytest

from pipelines import evaluation

# set a little under the figures of the extractor of their day (2026-12-02: 0.6.3; holdout61-76, 2026-12-03: 0.6.4;
# holdout77-84, 2026-12-03: 0.7.0)
FLOORS = {
    "seeds": {"value": 1.0, "strict": 1.0, "complete": 1.0, "kind": 1.0, "indicator": 1.0, "period": 1.0, "qualifier": 1.0},
    # (0.10.26's refitted filter keeps 042's "7 chiến dịch", a figure labelled with an indicator the rules do not give:
    # value up, strict 0.9515 → 0.9492)
    "dev": {"value": 0.98, "strict": 0.94, "complete": 0.94, "kind": 0.98, "indicator": 0.97, "period": 0.98},
    "dev2": {"value": 0.97, "strict": 0.89, "complete": 0.88, "kind": 0.98, "period": 0.97},
    "dev3": {"value": 0.96, "strict": 0.85, "complete": 0.78, "kind": 0.95, "period": 0.92},
    "dev4": {"value": 0.98, "strict": 0.86, "complete": 0.86, "kind": 0.93, "period": 0.97},
    "holdout": {"value": 0.95, "strict": 0.78, "complete": 0.72},
    "holdout2": {"value": 0.95, "strict": 0.80, "complete": 0.77},
    "holdout3": {"value": 0.93, "strict": 0.78, "complete": 0.72},
    "holdout4": {"value": 0.98, "strict": 0.70, "complete": 0.58},
    "holdout5": {"value": 0.92, "strict": 0.72, "complete": 0.72},
    "holdout6": {"value": 0.96, "strict": 0.74, "complete": 0.74},
    "holdout7": {"value": 0.95, "strict": 0.78, "complete": 0.72},
    "holdout8": {"value": 0.96, "strict": 0.80, "complete": 0.78},
    "holdout9": {"value": 0.97, "strict": 0.90, "complete": 0.90},
    "holdout10": {"value": 0.95, "strict": 0.76, "complete": 0.60},
    "holdout11": {"value": 0.90, "strict": 0.73, "complete": 0.65},
    "holdout12": {"value": 0.97, "strict": 0.77, "complete": 0.72},
    "holdout13": {"value": 0.96, "strict": 0.80, "complete": 0.77},
    "holdout14": {"value": 0.94, "strict": 0.78, "complete": 0.78},
    "holdout15": {"value": 0.95, "strict": 0.84, "complete": 0.73},
    "holdout16": {"value": 0.94, "strict": 0.63, "complete": 0.44},
    "holdout17": {"value": 0.87, "strict": 0.58, "complete": 0.50},
    "holdout18": {"value": 0.92, "strict": 0.73, "complete": 0.67},
    "holdout19": {"value": 0.91, "strict": 0.58, "complete": 0.49},
    "holdout20": {"value": 0.90, "strict": 0.60, "complete": 0.60},
    "holdout21": {"value": 0.92, "strict": 0.79, "complete": 0.79},
    "holdout22": {"value": 0.91, "strict": 0.77, "complete": 0.74},
    "holdout23": {"value": 0.88, "strict": 0.59, "complete": 0.55},
    "holdout24": {"value": 0.91, "strict": 0.74, "complete": 0.51},
    "holdout25": {"value": 0.88, "strict": 0.70, "complete": 0.66},
    "holdout26": {"value": 0.92, "strict": 0.60, "complete": 0.39},
    "holdout27": {"value": 0.96, "strict": 0.73, "complete": 0.63},
    "holdout28": {"value": 0.94, "strict": 0.75, "complete": 0.75},
    "holdout29": {"value": 0.94, "strict": 0.67, "complete": 0.51},
    "holdout30": {"value": 0.90, "strict": 0.76, "complete": 0.75},
    "holdout31": {"value": 0.75, "strict": 0.51, "complete": 0.39},
    "holdout32": {"value": 0.95, "strict": 0.80, "complete": 0.67},
    "holdout33": {"value": 0.90, "strict": 0.70, "complete": 0.69},
    "holdout34": {"value": 0.91, "strict": 0.70, "complete": 0.60},
    "holdout35": {"value": 0.88, "strict": 0.81, "complete": 0.70},
    "holdout36": {"value": 0.83, "strict": 0.64, "complete": 0.46},
    "holdout37": {"value": 0.83, "strict": 0.70, "complete": 0.70},
    "holdout38": {"value": 0.88, "strict": 0.72, "complete": 0.66},
    "holdout39": {"value": 0.85, "strict": 0.66, "complete": 0.49},
    "holdout40": {"value": 0.91, "strict": 0.78, "complete": 0.71},
    "holdout41": {"value": 0.90, "strict": 0.67, "complete": 0.61},
    "holdout42": {"value": 0.86, "strict": 0.64, "complete": 0.64},
    "holdout43": {"value": 0.91, "strict": 0.58, "complete": 0.44},
    "holdout44": {"value": 0.95, "strict": 0.77, "complete": 0.74},
    "holdout45": {"value": 0.85, "strict": 0.73, "complete": 0.64},
    "holdout46": {"value": 0.87, "strict": 0.63, "complete": 0.63},
    "holdout47": {"value": 0.91, "strict": 0.67, "complete": 0.61},
    "holdout48": {"value": 0.94, "strict": 0.75, "complete": 0.75},
    "holdout49": {"value": 0.92, "strict": 0.84, "complete": 0.84},
    "holdout50": {"value": 0.80, "strict": 0.57, "complete": 0.44},
    "holdout51": {"value": 0.80, "strict": 0.65, "complete": 0.65},
    "holdout52": {"value": 0.79, "strict": 0.60, "complete": 0.54},
    "holdout53": {"value": 0.94, "strict": 0.89, "complete": 0.83},
    "holdout54": {"value": 0.87, "strict": 0.73, "complete": 0.64},
    "holdout55": {"value": 0.90, "strict": 0.72, "complete": 0.63},
    "holdout56": {"value": 0.90, "strict": 0.70, "complete": 0.70},
    "holdout57": {"value": 0.94, "strict": 0.80, "complete": 0.73},
    "holdout58": {"value": 0.96, "strict": 0.77, "complete": 0.73},
    "holdout59": {"value": 0.80, "strict": 0.61, "complete": 0.43},
    "holdout60": {"value": 0.90, "strict": 0.75, "complete": 0.75},
    "holdout61": {"value": 0.92, "strict": 0.87, "complete": 0.77},
    "holdout62": {"value": 0.89, "strict": 0.80, "complete": 0.72},
    "holdout63": {"value": 0.75, "strict": 0.61, "complete": 0.56},
    "holdout64": {"value": 0.88, "strict": 0.79, "complete": 0.77},
    "holdout65": {"value": 0.79, "strict": 0.69, "complete": 0.62},
    "holdout66": {"value": 0.76, "strict": 0.64, "complete": 0.57},
    "holdout67": {"value": 0.94, "strict": 0.77, "complete": 0.77},
    "holdout68": {"value": 0.89, "strict": 0.76, "complete": 0.74},
    "holdout69": {"value": 0.87, "strict": 0.67, "complete": 0.60},
    "holdout70": {"value": 0.88, "strict": 0.65, "complete": 0.65},
    "holdout71": {"value": 0.89, "strict": 0.77, "complete": 0.61},
    "holdout72": {"value": 0.94, "strict": 0.80, "complete": 0.77},
    "holdout73": {"value": 0.87, "strict": 0.68, "complete": 0.68},
    "holdout74": {"value": 0.89, "strict": 0.67, "complete": 0.61},
    "holdout75": {"value": 0.80, "strict": 0.69, "complete": 0.56},
    "holdout76": {"value": 0.84, "strict": 0.69, "complete": 0.66},
    "holdout77": {"value": 0.93, "strict": 0.76, "complete": 0.76},
    "holdout78": {"value": 0.94, "strict": 0.87, "complete": 0.87},
    "holdout79": {"value": 0.88, "strict": 0.76, "complete": 0.57},
    "holdout80": {"value": 0.77, "strict": 0.67, "complete": 0.67},
    "holdout81": {"value": 0.83, "strict": 0.67, "complete": 0.67},
    "holdout82": {"value": 0.86, "strict": 0.78, "complete": 0.72},
    "holdout83": {"value": 0.95, "strict": 0.92, "complete": 0.85},
    "holdout84": {"value": 0.77, "strict": 0.77, "complete": 0.48},
    "holdout85": {"value": 0.91, "strict": 0.80, "complete": 0.77},
    "holdout86": {"value": 0.91, "strict": 0.78, "complete": 0.72},
    "holdout87": {"value": 0.89, "strict": 0.72, "complete": 0.72},
    "holdout88": {"value": 0.90, "strict": 0.74, "complete": 0.69},
    "holdout89": {"value": 0.92, "strict": 0.48, "complete": 0.23},
    "holdout90": {"value": 0.88, "strict": 0.70, "complete": 0.57},
    "holdout91": {"value": 0.85, "strict": 0.65, "complete": 0.47},
    "holdout92": {"value": 0.92, "strict": 0.81, "complete": 0.74},
    "holdout93": {"value": 0.90, "strict": 0.75, "complete": 0.58},
    "holdout94": {"value": 0.86, "strict": 0.70, "complete": 0.70},
    "holdout95": {"value": 0.84, "strict": 0.66, "complete": 0.50},
    "holdout96": {"value": 0.87, "strict": 0.83, "complete": 0.75},
    # first sights of 0.9.1 (f6d7721), blind, a little below
    "holdout97": {"value": 0.93, "strict": 0.73, "complete": 0.73},
    "holdout98": {"value": 0.78, "strict": 0.56, "complete": 0.53},
    "holdout99": {"value": 0.86, "strict": 0.64, "complete": 0.64},
    "holdout100": {"value": 0.64, "strict": 0.49, "complete": 0.49},
    "holdout101": {"value": 0.90, "strict": 0.80, "complete": 0.68},
    "holdout102": {"value": 0.80, "strict": 0.57, "complete": 0.55},
    # first sights of 0.9.3 (1b9766b), blind, a little below
    "holdout103": {"value": 0.95, "strict": 0.92, "complete": 0.75},
    "holdout104": {"value": 0.95, "strict": 0.70, "complete": 0.58},
    "holdout105": {"value": 0.86, "strict": 0.52, "complete": 0.34},
    # first sights of 0.9.4 (11fa8ed), blind, a little below
    "holdout106": {"value": 0.80, "strict": 0.74, "complete": 0.68},
    "holdout107": {"value": 0.92, "strict": 0.67, "complete": 0.67},
    "holdout108": {"value": 0.94, "strict": 0.69, "complete": 0.59},
    # first sights of 0.9.5 (6432c45), blind, a little below
    "holdout109": {"value": 0.92, "strict": 0.75, "complete": 0.53},
    "holdout110": {"value": 0.85, "strict": 0.72, "complete": 0.68},
    "holdout111": {"value": 0.93, "strict": 0.75, "complete": 0.61},
    # first sights of 0.9.6 (e45f819), blind, a little below
    "holdout112": {"value": 0.97, "strict": 0.78, "complete": 0.51},
    "holdout113": {"value": 0.94, "strict": 0.77, "complete": 0.66},
    "holdout114": {"value": 0.72, "strict": 0.57, "complete": 0.52},
    # first sights of 0.9.7 (9f6f87f), blind, a little below
    "holdout115": {"value": 0.88, "strict": 0.70, "complete": 0.70},
    "holdout116": {"value": 0.95, "strict": 0.90, "complete": 0.85},
    "holdout117": {"value": 0.91, "strict": 0.75, "complete": 0.75},
    # first sights of 0.9.8 (9804f75), blind, a little below
    "holdout118": {"value": 0.91, "strict": 0.77, "complete": 0.69},
    "holdout119": {"value": 0.91, "strict": 0.72, "complete": 0.69},
    "holdout120": {"value": 0.93, "strict": 0.76, "complete": 0.68},
    # their first sights (556e0b1, e10dad7) less a little; in the fit and the folds since they were read
    "holdout121": {"value": 0.89, "strict": 0.72, "complete": 0.72},
    "holdout122": {"value": 0.87, "strict": 0.79, "complete": 0.79},
    "holdout123": {"value": 0.89, "strict": 0.67, "complete": 0.63},
    "holdout124": {"value": 0.98, "strict": 0.76, "complete": 0.51},
    "holdout125": {"value": 0.90, "strict": 0.74, "complete": 0.45},
    "holdout126": {"value": 0.85, "strict": 0.73, "complete": 0.56},
    # their first sights (2c96908 = 0.10.1) less a little; in the fit and the folds since 0.10.2
    "holdout127": {"value": 0.96, "strict": 0.82, "complete": 0.77},
    "holdout128": {"value": 0.93, "strict": 0.90, "complete": 0.65},
    "holdout129": {"value": 0.90, "strict": 0.84, "complete": 0.84},
    # their first sights (c79e235 = 0.10.2) less a little; in the fit and the folds since 0.10.3
    "holdout130": {"value": 0.95, "strict": 0.90, "complete": 0.86},
    "holdout131": {"value": 0.86, "strict": 0.69, "complete": 0.64},
    "holdout132": {"value": 0.91, "strict": 0.68, "complete": 0.68},
    # its first sight (5cd8283 = 0.10.3) less a little; in the fit and the folds since 0.10.4
    "holdout133": {"value": 0.85, "strict": 0.72, "complete": 0.68},
    # their first sights (a878783 = 0.10.4) less a little; in the fit and the folds since 35821ea
    "holdout134": {"value": 0.92, "strict": 0.85, "complete": 0.85},
    "holdout135": {"value": 0.89, "strict": 0.80, "complete": 0.80},
    # their first sights (9d66d8f = 0.10.7) less a little; holdout137 since the comma-grouped "48,600,000 đồng" is read
    # (a46f251): value 0.880 -> 0.923, strict 0.880 -> 0.846 (found, but `other`); in the fit and the folds since 0.10.8
    "holdout136": {"value": 0.95, "strict": 0.80, "complete": 0.80},
    "holdout137": {"value": 0.90, "strict": 0.80, "complete": 0.80},
    # their first sights (3c2e367 = 0.10.10) less a little; in the fit and the folds since 0.10.10
    "holdout138": {"value": 0.93, "strict": 0.75, "complete": 0.75},
    "holdout139": {"value": 0.86, "strict": 0.86, "complete": 0.86},
    # their first sights (8163a39 = 0.10.10+eae14892) less a little; in the fit and the folds since 0.10.11
    "holdout140": {"value": 0.88, "strict": 0.80, "complete": 0.40},
    "holdout141": {"value": 0.92, "strict": 0.72, "complete": 0.50},
    # their first sights (1073f8e = 0.10.11+b02ed9c5) less a little; in the fit and the folds since 0.10.11
    "holdout142": {"value": 0.90, "strict": 0.78, "complete": 0.78},
    "holdout143": {"value": 0.95, "strict": 0.76, "complete": 0.70},
    # their first sights (d2fa495 = 0.10.11+424e2dff) less a little; in the fit and the folds since 0.10.11
    "holdout144": {"value": 0.80, "strict": 0.80, "complete": 0.80},
    "holdout145": {"value": 0.85, "strict": 0.78, "complete": 0.78},
    # their first sights (33de346 = 0.10.11+8f7dc13d) less a little; in the fit and the folds since 0.10.12
    "holdout146": {"value": 0.92, "strict": 0.74, "complete": 0.74},
    "holdout147": {"value": 0.90, "strict": 0.68, "complete": 0.68},
    # their first sights (80958aa, 9a488cb, cee210d = 0.10.11+…) less a little; in the fit and the folds since 0.10.12
    "holdout148": {"value": 0.93, "strict": 0.68, "complete": 0.50},
    "holdout149": {"value": 0.94, "strict": 0.77, "complete": 0.75},
    "holdout150": {"value": 0.92, "strict": 0.77, "complete": 0.77},
    "holdout151": {"value": 0.94, "strict": 0.83, "complete": 0.83},
    "holdout152": {"value": 0.84, "strict": 0.68, "complete": 0.68},
    "holdout153": {"value": 0.87, "strict": 0.77, "complete": 0.77},
    # their first sights (1b64ed7 = 0.10.12+5446fa65, 2c85c63 = 0.10.12+ea558552) less a little; in the fit since 0.10.13
    "holdout154": {"value": 0.96, "strict": 0.81, "complete": 0.77},
    "holdout155": {"value": 0.91, "strict": 0.80, "complete": 0.77},
    "holdout156": {"value": 0.90, "strict": 0.69, "complete": 0.69},
    "holdout157": {"value": 0.82, "strict": 0.71, "complete": 0.68},
    # their first sights (9526367 … 39597ad = 0.10.13+…) less a little; in the fit since 0.10.14
    "holdout158": {"value": 0.94, "strict": 0.78, "complete": 0.75},
    "holdout159": {"value": 0.90, "strict": 0.68, "complete": 0.65},
    "holdout160": {"value": 0.95, "strict": 0.62, "complete": 0.62},
    "holdout161": {"value": 0.91, "strict": 0.68, "complete": 0.66},
    "holdout162": {"value": 0.90, "strict": 0.61, "complete": 0.41},
    "holdout163": {"value": 0.93, "strict": 0.78, "complete": 0.78},
    "holdout164": {"value": 0.88, "strict": 0.81, "complete": 0.81},
    "holdout165": {"value": 0.93, "strict": 0.72, "complete": 0.69},
    # their first sights (2d438c6, 42948cb = 0.10.14+…) less a little; in the fit since 0.10.15
    "holdout166": {"value": 0.88, "strict": 0.70, "complete": 0.62},
    "holdout167": {"value": 0.95, "strict": 0.69, "complete": 0.69},
    "holdout168": {"value": 0.92, "strict": 0.76, "complete": 0.76},
    # their first sights (d4ae130 = 0.10.15+b6a2cebd, c7c58c4 = 0.10.15+883963f7) less a little; in the fit since 0.10.16, as are the next three
    "holdout169": {"value": 0.94, "strict": 0.75, "complete": 0.70},
    "holdout170": {"value": 0.90, "strict": 0.63, "complete": 0.63},
    "holdout171": {"value": 0.85, "strict": 0.77, "complete": 0.77},
    "holdout172": {"value": 0.97, "strict": 0.85, "complete": 0.85},
    # their first sights (8677d15 = 0.10.15+a3dc6e5e) less a little
    "holdout173": {"value": 0.87, "strict": 0.62, "complete": 0.62},
    "holdout174": {"value": 0.92, "strict": 0.87, "complete": 0.87},
    "holdout175": {"value": 0.92, "strict": 0.63, "complete": 0.63},
    # their first sights (57004e2 = 0.10.16+02713cc0, as shipped) less a little; in the fit since 0.10.18, as are the next four
    "holdout176": {"value": 0.93, "strict": 0.74, "complete": 0.63},
    "holdout177": {"value": 0.79, "strict": 0.79, "complete": 0.79},
    "holdout178": {"value": 0.94, "strict": 0.75, "complete": 0.18},
    # their first sights (634947f = 0.10.17+58360f67) less a little
    "holdout179": {"value": 0.95, "strict": 0.92, "complete": 0.92},
    "holdout180": {"value": 0.92, "strict": 0.87, "complete": 0.73},
    "holdout181": {"value": 0.95, "strict": 0.79, "complete": 0.65},
    "holdout182": {"value": 0.97, "strict": 0.68, "complete": 0.68},
    # their first sights (0.10.18 as shipped, 0.10.18+68606a03) less a little; in the fit since 0.10.19
    "holdout183": {"value": 0.71, "strict": 0.62, "complete": 0.34},
    "holdout184": {"value": 0.85, "strict": 0.85, "complete": 0.85},
    "holdout185": {"value": 0.88, "strict": 0.88, "complete": 0.84},
    "holdout186": {"value": 0.93, "strict": 0.77, "complete": 0.77},
    # their first sights (846aa12 = 0.10.19+903a1aee, as shipped) less a little; in the fit since 0.10.20
    "holdout187": {"value": 0.92, "strict": 0.75, "complete": 0.75},
    "holdout188": {"value": 0.91, "strict": 0.74, "complete": 0.58},
    "holdout189": {"value": 0.85, "strict": 0.85, "complete": 0.85},
    "holdout190": {"value": 0.88, "strict": 0.88, "complete": 0.78},
    # their first sights (ce05026 = 0.10.19+9dbc2ca2, 0.10.19 with its "ĐH" fix) less a little; in the fit since 0.10.20
    "holdout191": {"value": 0.78, "strict": 0.78, "complete": 0.56},
    "holdout192": {"value": 0.96, "strict": 0.91, "complete": 0.91},
    "holdout193": {"value": 0.91, "strict": 0.73, "complete": 0.44},
    "holdout194": {"value": 0.92, "strict": 0.88, "complete": 0.88},
    # their first sights (5172624 = 0.10.20+b5cf8fc3, as shipped) less a little; in the fit since 0.10.22
    "holdout195": {"value": 0.77, "strict": 0.63, "complete": 0.54},
    "holdout196": {"value": 0.86, "strict": 0.75, "complete": 0.75},
    "holdout197": {"value": 0.92, "strict": 0.79, "complete": 0.79},
    "holdout198": {"value": 0.83, "strict": 0.77, "complete": 0.77},
    # their first sights (e00dd23 = 0.10.21+6360c365, as shipped) less a little; in the fit since 0.10.22
    "holdout199": {"value": 0.89, "strict": 0.81, "complete": 0.35},
    "holdout200": {"value": 0.87, "strict": 0.51, "complete": 0.45},
    "holdout201": {"value": 0.94, "strict": 0.87, "complete": 0.81},
    "holdout202": {"value": 0.84, "strict": 0.40, "complete": 0.28},
    # their first sights (bbaa492 = 0.10.22+4d2b1f02, as shipped) less a little; read, not yet in the fit
    "holdout203": {"value": 0.90, "strict": 0.59, "complete": 0.47},
    "holdout204": {"value": 0.95, "strict": 0.83, "complete": 0.83},
    "holdout205": {"value": 0.92, "strict": 0.80, "complete": 0.80},
    "holdout206": {"value": 0.93, "strict": 0.81, "complete": 0.81},
    # their first sights (0383074 = 0.10.22+4d2b1f02, as shipped) less a little; read, not yet in the fit
    "holdout207": {"value": 0.95, "strict": 0.95, "complete": 0.95},
    "holdout208": {"value": 0.81, "strict": 0.70, "complete": 0.70},
    "holdout209": {"value": 0.93, "strict": 0.86, "complete": 0.79},
    "holdout210": {"value": 0.84, "strict": 0.78, "complete": 0.78},
    "holdout211": {"value": 0.86, "strict": 0.86, "complete": 0.59},
    "holdout212": {"value": 0.97, "strict": 0.91, "complete": 0.70},
    "holdout213": {"value": 0.84, "strict": 0.72, "complete": 0.72},
    "holdout214": {"value": 0.97, "strict": 0.84, "complete": 0.84},
    "holdout215": {"value": 0.89, "strict": 0.68, "complete": 0.47},
    "holdout216": {"value": 0.97, "strict": 0.80, "complete": 0.80},
    "holdout217": {"value": 0.87, "strict": 0.77, "complete": 0.77},
    "holdout218": {"value": 0.97, "strict": 0.69, "complete": 0.69},
    "holdout219": {"value": 0.91, "strict": 0.79, "complete": 0.73},
    "holdout220": {"value": 0.92, "strict": 0.54, "complete": 0.54},
    "holdout221": {"value": 0.93, "strict": 0.86, "complete": 0.62},
    "holdout222": {"value": 0.92, "strict": 0.77, "complete": 0.77},
    "holdout223": {"value": 0.65, "strict": 0.52, "complete": 0.52},
    "holdout224": {"value": 0.94, "strict": 0.73, "complete": 0.73},
    "holdout225": {"value": 0.85, "strict": 0.61, "complete": 0.44},
    "holdout226": {"value": 0.85, "strict": 0.74, "complete": 0.74},
    "holdout227": {"value": 0.87, "strict": 0.78, "complete": 0.78},
    "holdout228": {"value": 0.89, "strict": 0.69, "complete": 0.65},
    "holdout229": {"value": 0.91, "strict": 0.81, "complete": 0.70},
    "holdout230": {"value": 0.86, "strict": 0.72, "complete": 0.72},
    "holdout231": {"value": 0.85, "strict": 0.79, "complete": 0.79},
    "holdout232": {"value": 0.86, "strict": 0.86, "complete": 0.86},
    "holdout233": {"value": 0.93, "strict": 0.77, "complete": 0.77},
    "holdout234": {"value": 0.93, "strict": 0.65, "complete": 0.52},
    "holdout235": {"value": 0.97, "strict": 0.84, "complete": 0.84},
    "holdout236": {"value": 0.55, "strict": 0.44, "complete": 0.44},
    "holdout237": {"value": 0.75, "strict": 0.75, "complete": 0.75},
    "holdout238": {"value": 0.82, "strict": 0.82, "complete": 0.82},
    "holdout239": {"value": 0.92, "strict": 0.74, "complete": 0.74},
    "holdout240": {"value": 0.88, "strict": 0.83, "complete": 0.83},
    "holdout241": {"value": 0.97, "strict": 0.89, "complete": 0.89},
    "holdout242": {"value": 0.87, "strict": 0.57, "complete": 0.57},
}
DOC_ORG_FLOORS = {"seeds": 5, "dev": 21, "dev2": 23, "dev3": 16, "dev4": 15, "holdout": 21, "holdout2": 14, "holdout3": 15,
                  "holdout4": 16, "holdout5": 15, "holdout6": 16, "holdout7": 17, "holdout8": 16, "holdout9": 18,
                  "holdout10": 15, "holdout11": 14, "holdout12": 14, "holdout13": 15, "holdout14": 14,
                  "holdout15": 12, "holdout16": 10, "holdout17": 9, "holdout18": 13,
                  "holdout19": 7, "holdout20": 6, "holdout21": 11, "holdout22": 13, "holdout23": 8, "holdout24": 11,
                  "holdout25": 8, "holdout26": 12, "holdout27": 13, "holdout28": 8,
                  "holdout29": 14, "holdout30": 9, "holdout31": 7, "holdout32": 17,
                  "holdout33": 14, "holdout34": 17, "holdout35": 12, "holdout36": 10,
                  "holdout37": 12, "holdout38": 16, "holdout39": 17, "holdout40": 7,
                  "holdout41": 9, "holdout42": 12, "holdout43": 14, "holdout44": 14,
                  "holdout45": 16, "holdout46": 15, "holdout47": 16, "holdout48": 13,
                  "holdout49": 11, "holdout50": 9, "holdout51": 16, "holdout52": 10,
                  "holdout53": 4, "holdout54": 15, "holdout55": 13, "holdout56": 14,
                  "holdout57": 14, "holdout58": 11, "holdout59": 9, "holdout60": 14,
                  "holdout61": 12, "holdout62": 9, "holdout63": 5, "holdout64": 12,
                  "holdout65": 10, "holdout66": 6, "holdout67": 7, "holdout68": 12,
                  "holdout69": 7, "holdout70": 15, "holdout71": 14, "holdout72": 17,
                  "holdout73": 11, "holdout74": 10, "holdout75": 15, "holdout76": 11,
                  "holdout77": 13, "holdout78": 15, "holdout79": 11, "holdout80": 8,
                  "holdout81": 11, "holdout82": 9, "holdout83": 13, "holdout84": 12,
                  "holdout85": 15, "holdout86": 8, "holdout87": 10, "holdout88": 6,
                  "holdout89": 7, "holdout90": 3, "holdout91": 13, "holdout92": 7,
                  "holdout93": 10, "holdout94": 11, "holdout95": 14, "holdout96": 14,
                  "holdout97": 9, "holdout98": 12, "holdout99": 6, "holdout100": 5, "holdout101": 4, "holdout102": 11,
                  "holdout103": 6, "holdout104": 11, "holdout105": 6, "holdout106": 7, "holdout107": 11, "holdout108": 8,
                  "holdout109": 15, "holdout110": 13, "holdout111": 11, "holdout112": 9, "holdout113": 15, "holdout114": 6,
                  "holdout115": 5, "holdout116": 6, "holdout117": 8,
                  "holdout118": 7, "holdout119": 2, "holdout120": 8, "holdout121": 8, "holdout122": 8, "holdout123": 3,
                  "holdout124": 8, "holdout125": 1, "holdout126": 4,
                  "holdout127": 6, "holdout128": 8, "holdout129": 7, "holdout130": 7, "holdout131": 6, "holdout132": 3,
                  "holdout133": 4, "holdout134": 3, "holdout135": 0,
                  "holdout136": 5, "holdout137": 1, "holdout138": 6, "holdout139": 3,
                  "holdout140": 7, "holdout141": 5,
                  "holdout142": 5, "holdout143": 6,
                  "holdout144": 6, "holdout145": 5, "holdout146": 1, "holdout147": 3,
                  "holdout148": 8, "holdout149": 5, "holdout150": 7, "holdout151": 7, "holdout152": 4, "holdout153": 5,
                  "holdout154": 6, "holdout155": 8, "holdout156": 10, "holdout157": 8,
                  "holdout158": 5, "holdout159": 3, "holdout160": 6, "holdout161": 8, "holdout162": 4, "holdout163": 7,
                  "holdout164": 3, "holdout165": 6, "holdout166": 2, "holdout167": 6, "holdout168": 3,
                  "holdout169": 1, "holdout170": 4, "holdout171": 5, "holdout172": 2,
                  "holdout173": 4, "holdout174": 3, "holdout175": 3, "holdout176": 1, "holdout177": 4, "holdout178": 4,
                  "holdout179": 3, "holdout180": 4, "holdout181": 3, "holdout182": 0,
                  "holdout183": 3, "holdout184": 5, "holdout185": 2, "holdout186": 4,
                  "holdout187": 2, "holdout188": 5, "holdout189": 5, "holdout190": 2,
                  "holdout191": 4, "holdout192": 6, "holdout193": 1, "holdout194": 2,
                  "holdout195": 5, "holdout196": 3, "holdout197": 4, "holdout198": 4,
                  "holdout199": 0, "holdout200": 3, "holdout201": 4, "holdout202": 3,
                  "holdout203": 4, "holdout204": 4, "holdout205": 4, "holdout206": 3,
                  "holdout207": 3, "holdout208": 3, "holdout209": 3, "holdout210": 0,
                  "holdout211": 4, "holdout212": 4, "holdout213": 5, "holdout214": 4,
                  "holdout215": 3, "holdout216": 2, "holdout217": 1, "holdout218": 1,
                  "holdout219": 1, "holdout220": 0, "holdout221": 5, "holdout222": 3,
                  "holdout223": 1, "holdout224": 2, "holdout225": 1, "holdout226": 3,
                  "holdout227": 3, "holdout228": 4, "holdout229": 3, "holdout230": 5,
                  "holdout231": 2, "holdout232": 2, "holdout233": 0, "holdout234": 3,
                  "holdout235": 2, "holdout236": 3, "holdout237": 0, "holdout238": 1,
                  "holdout239": 2, "holdout240": 1, "holdout241": 1, "holdout242": 3}


@pytest.fixture(scope="module")
def figures(shared):
    # The five-fold cross-validation refits the learned parts five times (400 s on a 2-core machine), and the
    # backtest and the comparisons have tests of their own: `make eval` runs them all, this guards the shipped fit.
    return evaluation.evaluate(cv=False, comparisons=False)["results"]


def flat(r: dict) -> dict:
    return {"value": r["value"]["f1"], "strict": r["strict"]["f1"], "complete": r["complete"]["f1"],
            "kind": r["kind_accuracy"], "indicator": r["indicator_accuracy"], "period": r["period_accuracy"],
            "qualifier": r["qualifier_accuracy"]}


@pytest.mark.parametrize("name", list(FLOORS))
def test_scores_stay_above_floor(figures, name):
    got = flat(figures[name])
    low = {k: (got[k], floor) for k, floor in FLOORS[name].items() if got[k] < floor}
    assert not low, f"{name}: below floor {low}"


@pytest.mark.parametrize("name", list(DOC_ORG_FLOORS))
def test_document_organisation_stays_above_floor(figures, name):
    assert figures[name]["facts"]["org"]["right"] >= DOC_ORG_FLOORS[name], figures[name]["facts"]["org"]


def test_every_corpus_is_scored_under_neutral_names(tmp_path, shared):
    docs = evaluation.load_corpora(("dev2",))["dev2"][:3]
    run = evaluation.extract_neutral(docs, tmp_path)
    assert sorted(p.name for p in run.folder.glob("*.txt")) == ["doc_001.txt", "doc_002.txt", "doc_003.txt"]
    assert all(r["document"].startswith("doc_") for r in run.records.values())


def test_with_addresses_each_copy_opens_with_its_page_address(tmp_path, shared):
    # `chitieu eval --with-address`: the manifest's address as a "url:" header, which the scorer reads past
    docs = evaluation.load_corpora(("dev",))["dev"][:3]
    run = evaluation.extract_neutral(docs, tmp_path, addresses=True)
    first = (run.folder / "doc_001.txt").read_text(encoding="utf-8")
    assert first == f"url: {docs[0].url}\n---\n" + docs[0].text_path.read_text(encoding="utf-8")
    assert [r["url"] for r in run.records.values()] == [d.url for d in docs] and all(d.url for d in docs)
    assert [r["org"] for r in run.records.values()][:1] == ["Tỉnh đoàn Thái Nguyên"]  # "Tỉnh đoàn" alone in its text
    result, _ = evaluation.score_run(run)
    plain, _ = evaluation.score_run(evaluation.extract_neutral(docs, tmp_path / "plain"))
    assert result["value"] == plain["value"] and result["strict"] == plain["strict"]


def test_folds_split_documents_not_measures(shared):
    docs = [d for n, ds in evaluation.load_corpora(evaluation.CV_CORPORA).items() for d in ds]
    parts = evaluation.folds(docs)
    names = [(d.corpus, d.name) for p in parts for d in p]
    assert len(parts) == 5 and len(names) == len(set(names)) == len(docs) == 3370
    assert max(map(len, parts)) - min(map(len, parts)) <= 1


def test_a_run_is_scored_for_some_of_its_corpora(tmp_path, shared):
    # the CV's predictions of the shared corpora alone (the private evaluation's sources) are one of its figures
    loaded = evaluation.load_corpora(("dev", "dev2"))
    run = evaluation.extract_neutral(loaded["dev"][:2] + loaded["dev2"][:3], tmp_path)
    whole, _ = evaluation.score_run(run)
    dev, _ = evaluation.score_run(run, corpora=("dev",))
    dev2, _ = evaluation.score_run(run, corpora=("dev2",))
    assert (whole["documents"], dev["documents"], dev2["documents"]) == (5, 2, 3)
    assert dev["gold_measures"] + dev2["gold_measures"] == whole["gold_measures"]
    assert (dev["facts"]["org"]["of"], dev2["facts"]["org"]["of"]) == (2, 3)
