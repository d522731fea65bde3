// Builds the add-in into dist/: taskpane.html (React + Fluent UI; also the ribbon commands' function
// file), functions.js, the icons and manifest.xml — what an office deploys, and nothing else. The preview
// (the pane beside a grid view, for machines without Excel and the browser tests) is built apart, into
// dist-preview/, so it never ships with the add-in. `npm run build` for production, `npm run dev-server` for
// https://localhost:3000, the origin the manifest names. office.js is not bundled: the pages load it from
// Microsoft's CDN and the code uses the global Office/Excel.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const PORT = 3000;

/**
 * HTTPS for the dev server. Office only loads add-ins over https: use the certificates that
 * `npx office-addin-dev-certs install` writes (trusted where it could install them), else
 * webpack-dev-server's own self-signed certificate (accept it once in the browser).
 */
function httpsServer() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  try {
    return {
      type: "https",
      options: {
        key: fs.readFileSync(path.join(dir, "localhost.key")),
        cert: fs.readFileSync(path.join(dir, "localhost.crt")),
        ca: fs.readFileSync(path.join(dir, "ca.crt")),
      },
    };
  } catch {
    return "https";
  }
}

/** What both builds share: TypeScript stripped by ts-loader, hashed names in production. */
function common(production, outputDir) {
  return {
    mode: production ? "production" : "development",
    // Not eval-based source maps: the pages' Content-Security-Policy forbids eval.
    devtool: production ? false : "source-map",
    output: {
      path: path.join(__dirname, outputDir),
      // Office caches add-in files hard; a content hash makes a new build load for sure.
      // functions.js keeps its name: the manifest points at it.
      filename: (pathData) => (production && pathData.chunk?.name !== "functions" ? "[name].[contenthash:8].js" : "[name].js"),
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            // Type checking is `npm run typecheck`'s job; the build only strips types (fast).
            transpileOnly: true,
            // ES modules let webpack tree-shake Fluent UI; tsconfig.json says commonjs for Node and Jest.
            compilerOptions: { module: "es2020", sourceMap: !production },
          },
        },
      ],
    },
    // The pane's budget is 400 KB gzip (npm run bench checks it); minified script is about 3.2× its gzip,
    // so warn past 1.2 MB raw. Below that webpack's own 244 KB default would only warn about Fluent UI.
    performance: { hints: production ? "warning" : false, maxAssetSize: 1200 * 1024, maxEntrypointSize: 1200 * 1024 },
  };
}

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  const addin = {
    ...common(production, "dist"),
    name: "addin",
    entry: {
      // Also the ribbon's function file and, in Excel's shared runtime, the worksheet functions' page.
      taskpane: "./src/taskpane/index.tsx",
      // The worksheet functions alone, for Excel without a shared runtime (manifest <Script>): a fixed name.
      functions: "./src/functions/functions.ts",
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      // functions.json, from the JSDoc of functions.ts; the same generator the metadata test runs.
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    devServer: {
      host: "localhost",
      port: PORT,
      server: httpsServer(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
  const preview = {
    ...common(production, "dist-preview"),
    name: "preview",
    // The pane beside a grid view, served by scripts/preview.js (npm run preview) and used by the browser tests.
    entry: { preview: "./src/preview/preview.tsx" },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
    ],
  };
  return [addin, preview];
};
