import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** The layers of docs/architecture.md: imports flow app/ → lib/ → db/, never upwards. */
const layers = {
  files: ["app/**", "lib/**", "db/**"],
  rules: {
    "import/no-restricted-paths": [
      "error",
      {
        zones: [
          {
            target: "./db",
            from: ["./lib", "./app"],
            message: "db/ sits below lib/ and app/ (docs/architecture.md): pass values in instead.",
          },
          {
            target: "./lib",
            from: "./app",
            message: "lib/ sits below app/ (docs/architecture.md): move the shared code to lib/.",
          },
        ],
      },
    ],
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  layers,
  {
    ignores: [
      ".next/**",
      ".data/**",
      "node_modules/**",
      "next-env.d.ts",
      "db/migrations/**",
      "test-results/**",
      "playwright-report/**",
    ],
  },
];

export default config;
