module.exports = { ...require('../../test/jest.preset.cjs'), displayName: 'api', rootDir: __dirname };
