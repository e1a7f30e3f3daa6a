// Checks across projects that need no database or browser (e.g. the SPA's translations).
module.exports = { ...require('../jest.preset.cjs'), displayName: 'cross-project', rootDir: __dirname };
