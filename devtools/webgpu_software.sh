#!/usr/bin/env bash
# Run packaging/cuda_check.py on the WebGPU plugin EP over a software Vulkan driver (Mesa's
# lavapipe), on a machine without a GPU. Debian 12: apt install mesa-vulkan-drivers libvulkan-dev gcc
#   bash devtools/webgpu_software.sh [cuda_check.py arguments]
# Needs onnxruntime-ep-webgpu importable (pip install onnxruntime-ep-webgpu, or PYTHONPATH). Dawn
# refuses lavapipe 22.3 for lacking the descriptor-array dynamic-indexing features (texel buffers,
# images) that WebGPU compute shaders never use, so a test-only layer reports them and strips them
# again at vkCreateDevice; ORT_WEBGPU_EP_ALLOW_SOFTWARE_ADAPTER=1 lets the plugin offer a device.
set -euo pipefail
cd "$(dirname "$0")/.."
LAYER_DIR=${LAYER_DIR:-$(mktemp -d)}
gcc -shared -fPIC -O1 -o "$LAYER_DIR/libVkLayer_oriel_lavapipe.so" devtools/vulkan/lavapipe_features_layer.c
cat > "$LAYER_DIR/VkLayer_oriel_lavapipe.json" <<JSON
{"file_format_version": "1.1.2", "layer": {"name": "VK_LAYER_ORIEL_lavapipe", "type": "GLOBAL",
 "library_path": "./libVkLayer_oriel_lavapipe.so", "api_version": "1.3.230", "implementation_version": "1",
 "description": "test only: descriptor-array features for lavapipe"}}
JSON
export VK_ICD_FILENAMES=${VK_ICD_FILENAMES:-/usr/share/vulkan/icd.d/lvp_icd.x86_64.json}
export VK_LAYER_PATH=$LAYER_DIR VK_INSTANCE_LAYERS=VK_LAYER_ORIEL_lavapipe
export ORT_WEBGPU_EP_ALLOW_SOFTWARE_ADAPTER=1 XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp}
export PYTHONPATH=$PWD${PYTHONPATH:+:$PYTHONPATH}
exec "${PYTHON:-python3}" packaging/cuda_check.py --provider webgpu "$@"
