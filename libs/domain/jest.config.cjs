module.exports = { ...require('../../test/jest.preset.cjs'), displayName: 'domain', rootDir: __dirname };
