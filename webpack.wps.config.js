// Builds the WPS加载项 into dist-wps/ (`npm run build:wps`), apart from the Office build (webpack.config.js):
// index.html + its script (the ribbon's callbacks, src/wps/main.ts), ribbon.xml, taskpane.html + the pane's
// bundle (the same App over a WpsWorkbook), and the icons. That folder is the add-in: put it in WPS's jsaddons
// folder, or serve it (online mode), or pack it with `npm run publish:wps` (offline mode). No office.js here:
// WPS gives the pages window.Application.
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DefinePlugin } = require("webpack");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");

/**
 * The worksheet functions' metadata from the JSDoc of src/functions/functions.ts, by the generator that writes
 * Excel's functions.json: the entry page registers them with wps.AddCustomFunction (src/wps/addin.ts).
 */
async function worksheetFunctions() {
  const generated = await generateCustomFunctionsMetadata("./src/functions/functions.ts", false);
  if (generated.errors.length > 0) throw new Error(`functions.ts: ${generated.errors.join("; ")}`);
  return {
    functions: JSON.parse(generated.metadataJson).functions,
    associate: generated.associate.map(({ id, functionName }) => ({ id, functionName })),
  };
}

module.exports = async (_env, argv = {}) => {
  const production = argv.mode !== "development";
  const functions = await worksheetFunctions();
  return {
    name: "wps",
    mode: production ? "production" : "development",
    // Not eval-based source maps: the pages' Content-Security-Policy forbids eval.
    devtool: production ? false : "source-map",
    entry: {
      main: "./src/wps/addin.ts",
      taskpane: "./src/wps/pane.tsx",
    },
    output: {
      path: path.join(__dirname, "dist-wps"),
      // WPS caches add-in files as Office does: a content hash makes a new version load for sure.
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
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
          // ES2017 for our code: WPS on older 信创 desktops ships an older Chromium than Office does (its version is not
          // documented per release; docs/wps.md lists it among what a person must check).
          options: { transpileOnly: true, compilerOptions: { module: "es2020", target: "es2017", sourceMap: !production } },
        },
      ],
    },
    plugins: [
      new DefinePlugin({ TAIZHANG_WPS_FUNCTIONS: JSON.stringify(functions) }),
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/wps/index.html", chunks: ["main"] }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/wps/taskpane.html", chunks: ["taskpane"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/wps/ribbon.xml", to: "ribbon.xml" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
        ],
      }),
    ],
    performance: { hints: production ? "warning" : false, maxAssetSize: 1200 * 1024, maxEntrypointSize: 1200 * 1024 },
  };
};
