import figmaPlugins from '@figma/eslint-plugin-figma-plugins'
import { defineConfig } from 'eslint/config'
import tseslint from 'typescript-eslint'

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.team/**'] },
  { files: ['**/*.{ts,tsx}'], extends: [tseslint.configs.recommended] },
  {
    // Figma's own rules (dynamic-page, deprecated sync APIs) on everything the sandbox bundles.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/node/**'],
    extends: [figmaPlugins.flatConfigs.recommended],
    languageOptions: { parserOptions: { project: ['./tsconfig.json', './src/preview/tsconfig.json'], tsconfigRootDir: import.meta.dirname } }
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  { files: ['tests/**', 'bench/**'], rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' } }
)
