// Unit tests of every project (pure rules and logic; no database, no browser).
module.exports = {
  projects: [
    '<rootDir>/../libs/domain/jest.config.cjs',
    '<rootDir>/../apps/api/jest.config.cjs',
    '<rootDir>/unit/jest.config.cjs',
  ],
  rootDir: __dirname,
};
